package org.hutong.projects.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.annotations.TenantId;
import org.hutong.projects.health.HealthReason;
import org.hutong.projects.health.Light;
import org.hutong.projects.health.StoredReasons;
import org.hutong.projects.lifecycle.CurrentPhase;

/**
 * 研发项目: what is developed, for whom, by whom, by when. Its manager is always a member (负责人); its
 * current phase is kept here for the portfolio (moved by the lifecycle, not by an edit, so outside the
 * optimistic version), its lifecycle lives in its own phases. 已终止 and 已结项
 * are final. The grant fields mean something for a funded type only and are cleared otherwise.
 */
@Entity
@Table(name = "projects_project")
public class Project {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	private String code;

	private String name;

	@Column(name = "type_id")
	private long typeId;

	@Column(name = "manager_id")
	private long managerId;

	@Column(name = "department_id")
	private Long departmentId;

	@Enumerated(EnumType.STRING)
	private Priority priority;

	@Column(name = "planned_start")
	private LocalDate plannedStart;

	@Column(name = "planned_end")
	private LocalDate plannedEnd;

	@Column(name = "customer_id")
	private Long customerId;

	@Column(name = "opportunity_id")
	private Long opportunityId;

	@Column(name = "contract_id")
	private Long contractId;

	private String description;

	@Enumerated(EnumType.STRING)
	private ProjectStatus status = ProjectStatus.ACTIVE;

	@Column(name = "funding_source")
	private String fundingSource;

	@Column(name = "grant_number")
	private String grantNumber;

	@Column(name = "funded_amount")
	private BigDecimal fundedAmount;

	@Column(name = "template_id")
	private long templateId;

	@OptimisticLock(excluded = true)
	@Column(name = "current_phase_id")
	private Long currentPhaseId;

	@OptimisticLock(excluded = true)
	@Column(name = "current_phase")
	private String currentPhase;

	@OptimisticLock(excluded = true)
	@Column(name = "current_phase_end")
	private LocalDate currentPhaseEnd;

	/** 健康度 as last judged (see {@link ProjectJudgements}); read here, written only there. */
	@Enumerated(EnumType.STRING)
	@Column(name = "health", insertable = false, updatable = false)
	private Light health;

	@Column(name = "health_reasons", insertable = false, updatable = false)
	private String healthReasons;

	@Column(name = "budget_burn", insertable = false, updatable = false)
	private Integer budgetBurn;

	@Column(name = "created_by")
	private long createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
	@BatchSize(size = 50)
	private List<ProjectMember> members = new ArrayList<>();

	@OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
	@BatchSize(size = 50)
	private List<ProjectShare> shares = new ArrayList<>();

	protected Project() {
	}

	Project(String code, long templateId, long createdBy, Instant now) {
		this.code = code;
		this.templateId = templateId;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** What the form holds; the manager joins as 负责人 (a former manager stays on as a member). */
	void describe(ProjectForm form, boolean funded, Instant now) {
		name = form.name();
		typeId = form.typeId();
		departmentId = form.departmentId();
		priority = form.priority();
		plannedStart = form.plannedStart();
		plannedEnd = form.plannedEnd();
		customerId = form.customerId();
		opportunityId = form.opportunityId();
		contractId = form.contractId();
		description = form.description();
		fundingSource = funded ? form.fundingSource() : null;
		grantNumber = funded ? form.grantNumber() : null;
		fundedAmount = funded && form.fundedAmount() != null ? form.fundedAmount().setScale(2) : null;
		if (form.managerId() != managerId) {
			member(managerId).filter(m -> m.getRole() == ProjectRole.LEAD).ifPresent(m -> m.assign(ProjectRole.MEMBER));
			managerId = form.managerId();
		}
		join(managerId, ProjectRole.LEAD, now);
		updatedAt = now;
	}

	void changeStatus(ProjectStatus next, Instant now) {
		if (next == null || next == status) {
			return;
		}
		if (status.ended()) {
			throw new ProjectEnded();
		}
		status = next;
		updatedAt = now;
	}

	void entered(CurrentPhase phase) {
		currentPhaseId = phase.id();
		currentPhase = phase.name();
		currentPhaseEnd = phase.plannedEnd();
	}

	/** Through the last gate: no current phase any more. */
	void throughLifecycle() {
		currentPhaseId = null;
		currentPhase = null;
		currentPhaseEnd = null;
	}

	/** Adds the user as a member in that role, or gives a member that role. */
	void join(long userId, ProjectRole role, Instant now) {
		member(userId).ifPresentOrElse(m -> m.assign(role), () -> members.add(new ProjectMember(this, userId, role, now)));
		updatedAt = now;
	}

	/** Takes the member off the project; the manager stays. Answers whether someone left. */
	boolean leave(long userId, Instant now) {
		if (userId == managerId) {
			throw new ManagerStays();
		}
		boolean left = members.removeIf(m -> m.getUserId() == userId);
		updatedAt = left ? now : updatedAt;
		return left;
	}

	void share(long userId, ShareAccess access, long by, Instant now) {
		shares.stream().filter(s -> s.getUserId() == userId).findFirst()
			.ifPresentOrElse(s -> s.allow(access), () -> shares.add(new ProjectShare(this, userId, access, by, now)));
	}

	boolean unshare(long userId) {
		return shares.removeIf(s -> s.getUserId() == userId);
	}

	Optional<ProjectMember> member(long userId) {
		return members.stream().filter(m -> m.getUserId() == userId).findFirst();
	}

	Optional<ProjectShare> shareOf(long userId) {
		return shares.stream().filter(s -> s.getUserId() == userId).findFirst();
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public long getTypeId() {
		return typeId;
	}

	public long getManagerId() {
		return managerId;
	}

	public Long getDepartmentId() {
		return departmentId;
	}

	public Priority getPriority() {
		return priority;
	}

	public LocalDate getPlannedStart() {
		return plannedStart;
	}

	public LocalDate getPlannedEnd() {
		return plannedEnd;
	}

	public Long getCustomerId() {
		return customerId;
	}

	public Long getOpportunityId() {
		return opportunityId;
	}

	public Long getContractId() {
		return contractId;
	}

	public String getDescription() {
		return description;
	}

	public ProjectStatus getStatus() {
		return status;
	}

	public String getFundingSource() {
		return fundingSource;
	}

	public String getGrantNumber() {
		return grantNumber;
	}

	public BigDecimal getFundedAmount() {
		return fundedAmount;
	}

	public long getTemplateId() {
		return templateId;
	}

	public Long getCurrentPhaseId() {
		return currentPhaseId;
	}

	public String getCurrentPhase() {
		return currentPhase;
	}

	public LocalDate getCurrentPhaseEnd() {
		return currentPhaseEnd;
	}

	public Light getHealth() {
		return health;
	}

	public List<HealthReason> getHealthReasons() {
		return StoredReasons.read(healthReasons);
	}

	public Integer getBudgetBurn() {
		return budgetBurn;
	}

	public long getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public long getVersion() {
		return version;
	}

	public List<ProjectMember> getMembers() {
		return List.copyOf(members);
	}

	public List<ProjectShare> getShares() {
		return List.copyOf(shares);
	}
}
