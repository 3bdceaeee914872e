package org.hutong.identity.department;

import java.util.List;

import org.hutong.web.RecordNotFound;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Read-only open API of the organisation tree. */
@RestController
@Transactional(readOnly = true)
class DepartmentApiController {

	private final DepartmentRepository departments;

	DepartmentApiController(DepartmentRepository departments) {
		this.departments = departments;
	}

	record DepartmentJson(long id, String name, Long parentId, Long leaderId, int sortOrder, int depth) {
	}

	/** The whole tree in display order; an enterprise has a few hundred departments at most. */
	@GetMapping("/api/v1/departments")
	List<DepartmentJson> list() {
		return new DepartmentTree(departments.findAll()).nodes()
			.stream()
			.map(node -> json(node.department(), node.depth()))
			.toList();
	}

	@GetMapping("/api/v1/departments/{id}")
	DepartmentJson show(@PathVariable long id) {
		return departments.findById(id).map(d -> json(d, -1)).orElseThrow(RecordNotFound::new);
	}

	private static DepartmentJson json(Department d, int depth) {
		return new DepartmentJson(d.getId(), d.getName(), d.getParentId(), d.getLeaderId(), d.getSortOrder(), depth);
	}
}
