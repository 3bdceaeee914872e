/**
 * 研发项目 (projects): the enterprise's R&D projects — code by the enterprise's rule, type (its own
 * list), manager, members with project roles, department, priority, planned dates, optional links to a
 * customer, deal and contract, and for funded types (科研课题) the grant. Who sees a project: its
 * members, whoever's data scope covers its department, and those it is shared with. Each project
 * follows its own copy of a lifecycle template ({@code lifecycle}: phases with required deliverables
 * and gates), taken when it is created (ADR 0042). Its work is tasks ({@code task}) on a board whose
 * columns each project edits, a list and 我的任务; its 交付物 ({@code deliverable}) keep their files
 * with versions through the shared {@code files :: documents}; its 预算 ({@code budget}) by category and
 * phase against actual costs, warning at 80 and 100 % burn; its 项目周报 ({@code report}) per ISO week.
 * Events out:
 * {@link org.hutong.projects.ProjectCreated}, {@link org.hutong.projects.PhaseEntered},
 * {@link org.hutong.projects.TaskAssigned}, {@link org.hutong.projects.TaskCompleted},
 * {@link org.hutong.projects.DeliverableVersionAdded}, {@link org.hutong.projects.BudgetThresholdCrossed},
 * {@link org.hutong.projects.LifecycleTemplateApplied} (a changed template applied to a running project after
 * a preview), {@link org.hutong.projects.WeeklyReportPublished}, and from its gate reviews
 * ({@code gate}, 阶段评审 as approvals to the phase's gatekeepers) {@link org.hutong.projects.GateRequested},
 * {@link org.hutong.projects.GateDecided} and {@link org.hutong.projects.GatePassed}. It reads customers, deals and contracts
 * through their modules' directories and is never read by them; gate reviews, plans, time and
 * budgets come later in their own folders.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Projects",
		allowedDependencies = { "shared", "tenancy", "identity", "web", "files", "files :: documents", "customers",
				"sales", "approvals" })
package org.hutong.projects;
