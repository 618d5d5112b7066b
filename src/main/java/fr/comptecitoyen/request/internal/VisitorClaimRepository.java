package fr.comptecitoyen.request.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/** The confirmation links of {@link VisitorClaims}; saving one publishes its event. */
interface VisitorClaimRepository extends JpaRepository<VisitorClaim, String> {

}
