package fr.comptecitoyen.instruction;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import fr.comptecitoyen.credentials.CredentialsTest;

import org.springframework.context.annotation.Import;

/** The application as {@link CredentialsTest} sets it up, plus test staff members. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@CredentialsTest
@Import(StaffMembers.class)
public @interface StaffTest {

}
