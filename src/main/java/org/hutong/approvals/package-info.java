/**
 * 审批 (approvals): the OA that Hutong replaces. Flows are versioned node trees (审批人 依次 / 会签 / 或签,
 * 抄送, 条件分支, 并行分支) with a form; requests run on the version they started with, as tasks of the
 * people each node resolves to. Other modules ask for approval of their records through
 * {@link org.hutong.approvals.Approvals} and react to its events; nothing here knows sales or projects.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Approvals",
		allowedDependencies = { "shared", "tenancy", "identity", "web", "images" })
package org.hutong.approvals;
