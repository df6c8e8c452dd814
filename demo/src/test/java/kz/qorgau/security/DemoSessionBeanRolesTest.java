package kz.qorgau.security;

/** The ejb module's rules of who may call a session bean, over the demo's beans as well (they are on this class path). */
class DemoSessionBeanRolesTest extends SessionBeanRolesTest {
}
