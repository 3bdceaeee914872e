package org.hutong.projects.project;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hutong.shared.Texts;
import org.hutong.web.RecordNotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The enterprise's 项目类型 list: seeded with the four our users start from, then added to, renamed
 * and retired on the settings page. Names are unique in the enterprise; refusals go on {@code name}.
 */
@Service
@Transactional
public class ProjectTypes {

	/** The defaults: code, name, whether funded. */
	static final List<String[]> DEFAULTS = List.of(new String[] { "NEW_PRODUCT", "新产品开发", "" },
			new String[] { "CUSTOM", "客户定制", "" }, new String[] { "IMPROVEMENT", "技术改造", "" },
			new String[] { "RESEARCH", "科研课题", "funded" });

	private final ProjectTypeRepository types;

	ProjectTypes(ProjectTypeRepository types) {
		this.types = types;
	}

	/** A type as forms, filters and the settings page show it. */
	public record TypeView(long id, String code, String name, boolean funded, boolean active) {

		static TypeView of(ProjectType type) {
			return new TypeView(type.getId(), type.getCode(), type.getName(), type.isFunded(), type.isActive());
		}
	}

	@Transactional(readOnly = true)
	public List<TypeView> all() {
		return types.findAllByOrderByPositionAscIdAsc().stream().map(TypeView::of).toList();
	}

	@Transactional(readOnly = true)
	public List<TypeView> active() {
		return all().stream().filter(TypeView::active).toList();
	}

	@Transactional(readOnly = true)
	public Map<Long, TypeView> byId() {
		return all().stream().collect(Collectors.toMap(TypeView::id, Function.identity()));
	}

	@Transactional(readOnly = true)
	public Optional<TypeView> find(Long id) {
		return id == null ? Optional.empty() : types.findById(id).map(TypeView::of);
	}

	@PreAuthorize(ProjectPermissions.MAY_SETTLE)
	public Long add(String rawName, boolean funded, Errors errors) {
		String name = name(rawName, null, errors);
		if (errors.hasErrors()) {
			return null;
		}
		String code = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
		return types.save(new ProjectType(code, name, funded, (int) types.count() + 1)).getId();
	}

	@PreAuthorize(ProjectPermissions.MAY_SETTLE)
	public void rename(long id, String rawName, boolean funded, Errors errors) {
		ProjectType type = types.findById(id).orElseThrow(RecordNotFound::new);
		String name = name(rawName, id, errors);
		if (!errors.hasErrors()) {
			type.rename(name, funded);
		}
	}

	@PreAuthorize(ProjectPermissions.MAY_SETTLE)
	public void retire(long id, boolean retired) {
		ProjectType type = types.findById(id).orElseThrow(RecordNotFound::new);
		if (retired) {
			type.retire();
		}
		else {
			type.restore();
		}
	}

	/** Writes the default list in the current enterprise, when it has none yet. */
	public void seedDefaults() {
		if (types.count() > 0) {
			return;
		}
		for (int i = 0; i < DEFAULTS.size(); i++) {
			String[] d = DEFAULTS.get(i);
			types.save(new ProjectType(d[0], d[1], !d[2].isEmpty(), i + 1));
		}
	}

	private String name(String raw, Long id, Errors errors) {
		String name = Texts.clean(raw);
		if (name == null) {
			errors.rejectValue("name", "project.type.name.required");
		}
		else if (name.length() > ProjectType.NAME_LENGTH) {
			errors.rejectValue("name", "project.tooLong");
		}
		else if (id == null ? types.existsByName(name) : types.existsByNameAndIdNot(name, id)) {
			errors.rejectValue("name", "project.type.name.taken");
		}
		return name;
	}
}
