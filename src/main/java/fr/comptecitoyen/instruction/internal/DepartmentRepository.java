package fr.comptecitoyen.instruction.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Departments, by code. */
public interface DepartmentRepository extends JpaRepository<Department, String> {

	/** Every department, by name. */
	List<Department> findAllByOrderByName();

}
