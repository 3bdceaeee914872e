package org.hutong.approvals.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hutong.approvals.flow.ApproverSource;
import org.hutong.approvals.flow.FlowNode;

/**
 * The node editor's input. One form for every kind of node; each kind reads its own part: approvers
 * and CC read the source, approvers also mode, comment, field permissions and timeout; a 条件分支
 * reads its branches, a 并行分支 its number of lanes.
 */
public class NodeForm {

	private String name;

	private ApproverSource.Kind sourceKind = ApproverSource.Kind.LEADER;

	private List<Long> userIds = new ArrayList<>();

	private Long roleId;

	private Integer level;

	private Long departmentId;

	private String fieldKey;

	private FlowNode.Mode mode = FlowNode.Mode.SEQUENTIAL;

	private Integer passRatio;

	private boolean commentRequired;

	private boolean signatureRequired;

	private Map<String, FlowNode.FieldPermission> permissions = new LinkedHashMap<>();

	private Integer remindEvery;

	private Integer maxReminders;

	private Integer afterMinutes;

	private FlowNode.TimeoutAction timeoutAction;

	private List<BranchForm> branches = new ArrayList<>();

	private int lanes = 2;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public ApproverSource.Kind getSourceKind() {
		return sourceKind;
	}

	public void setSourceKind(ApproverSource.Kind sourceKind) {
		this.sourceKind = sourceKind;
	}

	public List<Long> getUserIds() {
		return userIds;
	}

	public void setUserIds(List<Long> userIds) {
		this.userIds = userIds == null ? new ArrayList<>() : userIds;
	}

	public Long getRoleId() {
		return roleId;
	}

	public void setRoleId(Long roleId) {
		this.roleId = roleId;
	}

	public Integer getLevel() {
		return level;
	}

	public void setLevel(Integer level) {
		this.level = level;
	}

	public Long getDepartmentId() {
		return departmentId;
	}

	public void setDepartmentId(Long departmentId) {
		this.departmentId = departmentId;
	}

	public String getFieldKey() {
		return fieldKey;
	}

	public void setFieldKey(String fieldKey) {
		this.fieldKey = fieldKey;
	}

	public FlowNode.Mode getMode() {
		return mode;
	}

	public void setMode(FlowNode.Mode mode) {
		this.mode = mode;
	}

	public Integer getPassRatio() {
		return passRatio;
	}

	public void setPassRatio(Integer passRatio) {
		this.passRatio = passRatio;
	}

	public boolean isCommentRequired() {
		return commentRequired;
	}

	public void setCommentRequired(boolean commentRequired) {
		this.commentRequired = commentRequired;
	}

	public boolean isSignatureRequired() {
		return signatureRequired;
	}

	public void setSignatureRequired(boolean signatureRequired) {
		this.signatureRequired = signatureRequired;
	}

	public Map<String, FlowNode.FieldPermission> getPermissions() {
		return permissions;
	}

	public void setPermissions(Map<String, FlowNode.FieldPermission> permissions) {
		this.permissions = permissions == null ? new LinkedHashMap<>() : permissions;
	}

	public Integer getRemindEvery() {
		return remindEvery;
	}

	public void setRemindEvery(Integer remindEvery) {
		this.remindEvery = remindEvery;
	}

	public Integer getMaxReminders() {
		return maxReminders;
	}

	public void setMaxReminders(Integer maxReminders) {
		this.maxReminders = maxReminders;
	}

	public Integer getAfterMinutes() {
		return afterMinutes;
	}

	public void setAfterMinutes(Integer afterMinutes) {
		this.afterMinutes = afterMinutes;
	}

	public FlowNode.TimeoutAction getTimeoutAction() {
		return timeoutAction;
	}

	public void setTimeoutAction(FlowNode.TimeoutAction timeoutAction) {
		this.timeoutAction = timeoutAction;
	}

	public List<BranchForm> getBranches() {
		return branches;
	}

	public void setBranches(List<BranchForm> branches) {
		this.branches = branches == null ? new ArrayList<>() : branches;
	}

	public int getLanes() {
		return lanes;
	}

	public void setLanes(int lanes) {
		this.lanes = lanes;
	}
}
