package org.hutong.approvals.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** 新建流程: what a new flow needs before the designer opens; its first version asks the 直属主管. */
record NewFlowForm(@NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,39}") String key, @NotBlank @Size(max = 60) String name,
		@Size(max = 40) String icon, String formKey, @NotBlank @Pattern(regexp = "[A-Z]{1,6}") String numberPrefix) {

	static NewFlowForm blank() {
		return new NewFlowForm(null, null, null, null, null);
	}
}
