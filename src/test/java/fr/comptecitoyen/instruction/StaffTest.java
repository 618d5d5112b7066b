package fr.comptecitoyen.instruction;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import fr.comptecitoyen.support.PortalTest;
import fr.comptecitoyen.support.SubmittedRequests;

import org.springframework.context.annotation.Import;

/** The application as {@link PortalTest} sets it up, plus test staff members. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PortalTest
@Import({ StaffMembers.class, SubmittedRequests.class })
public @interface StaffTest {

}
