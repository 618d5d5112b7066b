package fr.comptecitoyen.instruction;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import fr.comptecitoyen.support.PortalTest;

/**
 * The application as {@link PortalTest} sets it up (test staff members included), for the
 * staff side.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PortalTest
public @interface StaffTest {

}
