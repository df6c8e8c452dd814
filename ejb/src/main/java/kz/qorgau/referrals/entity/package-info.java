/** The catalogue of services, the guardians' consents and the referrals of children to the services. */
package kz.qorgau.referrals.entity;
