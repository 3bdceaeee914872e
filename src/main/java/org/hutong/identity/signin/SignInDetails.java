package org.hutong.identity.signin;

import java.io.Serial;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The sign-in form's extra field: which enterprise (企业代码) the user belongs to. */
class SignInDetails extends WebAuthenticationDetails {

	@Serial
	private static final long serialVersionUID = 1L;

	private final String tenantCode;

	SignInDetails(HttpServletRequest request) {
		super(request);
		String tenant = request.getParameter("tenant");
		this.tenantCode = tenant == null ? "" : tenant.strip().toLowerCase();
	}

	String tenantCode() {
		return tenantCode;
	}
}
