package org.hutong.projects.lifecycle;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.hutong.identity.Onboarding;
import org.hutong.identity.Roles;
import org.hutong.identity.SignedInUser;
import org.hutong.projects.project.ProjectPermissions;
import org.hutong.web.RecordNotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enterprise's lifecycle templates: the default 立项 → 方案评审 → 设计开发 → 样机试制 → 型式试验 → 验收 →
 * 结项 and a lighter one for small projects (立项 → 设计开发 → 验收 → 结项), written once per enterprise; read
 * here, copied into projects by {@link LifecycleSnapshots}, edited by {@link TemplateEditing} and
 * applied to running projects by {@link TemplateRollouts}.
 */
@Service
@Transactional(readOnly = true)
public class LifecycleTemplates {

	public static final String STANDARD = "STANDARD";

	public static final String LIGHT = "LIGHT";

	private final LifecycleTemplateRepository templates;

	private final Roles roles;

	private final Clock clock;

	LifecycleTemplates(LifecycleTemplateRepository templates, Roles roles, Clock clock) {
		this.templates = templates;
		this.roles = roles;
		this.clock = clock;
	}

	/** A template to pick on the project form. */
	public record Choice(long id, String code, String name) {
	}

	@PreAuthorize(ProjectPermissions.MAY_READ)
	public List<TemplateView> all() {
		return templates.findAllByOrderByPositionAscIdAsc().stream().map(TemplateView::of).toList();
	}

	@PreAuthorize(ProjectPermissions.MAY_READ)
	public TemplateView one(long id) {
		return templates.findById(id).map(TemplateView::of).orElseThrow(RecordNotFound::new);
	}

	/** The active templates, the default first. */
	public List<Choice> choices() {
		return templates.findByActiveTrueOrderByPositionAscIdAsc().stream()
			.map(t -> new Choice(t.getId(), t.getCode(), t.getName()))
			.toList();
	}

	/** The active template of this id in the current enterprise. */
	public Optional<Choice> choice(Long id) {
		return id == null ? Optional.empty() : choices().stream().filter(c -> c.id() == id).findFirst();
	}

	/** The template a project gets when none is picked: the standard one, or else the first active. */
	public Optional<Choice> standard() {
		List<Choice> active = choices();
		return active.stream().filter(c -> STANDARD.equals(c.code())).findFirst().or(() -> active.stream().findFirst());
	}

	/** Writes the two default templates in the current enterprise, when it has none yet. */
	@Transactional
	public void seedDefaults() {
		if (templates.count() > 0) {
			return;
		}
		Long admins = roles.all().stream().filter(r -> Onboarding.ADMIN_ROLE.equals(r.name())).findFirst()
			.map(SignedInUser.RoleRef::id).orElse(null);
		templates.save(standard(admins));
		templates.save(light(admins));
	}

	private LifecycleTemplate standard(Long gatekeepers) {
		LifecycleTemplate t = new LifecycleTemplate(STANDARD, "标准研发流程", "新产品开发与客户定制：七个阶段，每段一道评审关口", 1,
				clock.instant());
		t.addPhase("立项", 10, gatekeepers).requires("立项报告")
			.must("市场需求明确", "技术路线可行", "资源已落实").should("预期收益", 3).should("与公司战略一致", 2);
		t.addPhase("方案评审", 10, gatekeepers).requires("设计方案")
			.must("方案满足技术规范", "关键风险有应对措施").should("方案创新性", 2).should("成本可控", 3);
		t.addPhase("设计开发", 30, gatekeepers).requires("图纸", "试验大纲")
			.must("图纸齐套并经校审", "试验大纲已批准").should("设计可制造性", 3).should("标准化程度", 1);
		t.addPhase("样机试制", 20, gatekeepers).requires("样机试制报告")
			.must("样机装配完成", "出厂试验合格").should("工艺成熟度", 2);
		t.addPhase("型式试验", 15, gatekeepers).requires("型式试验报告")
			.must("型式试验全部项目通过").should("试验一次通过率", 2);
		t.addPhase("验收", 10, gatekeepers).requires("验收报告")
			.must("用户或专家验收通过").should("用户满意度", 3);
		t.addPhase("结项", 5, gatekeepers).requires("结项报告")
			.must("资料归档完成").should("经验总结", 1);
		return t;
	}

	private LifecycleTemplate light(Long gatekeepers) {
		LifecycleTemplate t = new LifecycleTemplate(LIGHT, "简化流程", "技术改造与小型项目：四个阶段", 2, clock.instant());
		t.addPhase("立项", 10, gatekeepers).requires("立项报告").must("改造目标明确").should("预期收益", 2);
		t.addPhase("设计开发", 60, gatekeepers).requires("设计方案", "图纸").must("图纸经校审").should("成本可控", 2);
		t.addPhase("验收", 20, gatekeepers).requires("验收报告").must("验收通过");
		t.addPhase("结项", 10, gatekeepers).requires("结项报告").must("资料归档完成");
		return t;
	}
}
