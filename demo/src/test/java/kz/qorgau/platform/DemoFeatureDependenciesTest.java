package kz.qorgau.platform;

/** The ejb module's one-way dependencies between features, with the demo and the generator among them. */
class DemoFeatureDependenciesTest extends FeatureDependenciesTest {
}
