package org.hutong.customers.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.customers.customer.CustomerFilter;
import org.hutong.identity.SignedInUser;
import org.hutong.web.EnterpriseZone;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** {@code GET /customers/export.xlsx?<the list's filters>}: the filtered list as a spreadsheet. */
@Controller
class CustomerExportController {

	static final String MAY_EXPORT = "hasAuthority('customers.export')";

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")
		.withZone(EnterpriseZone.DEFAULT);

	private final CustomerExport export;

	private final Clock clock;

	CustomerExportController(CustomerExport export, Clock clock) {
		this.export = export;
		this.clock = clock;
	}

	@GetMapping("/customers/export.xlsx")
	@PreAuthorize(MAY_EXPORT)
	void export(@AuthenticationPrincipal SignedInUser me, @ModelAttribute CustomerFilter filter, Locale locale,
			HttpServletResponse response) throws IOException {
		String name = "客户-" + STAMP.format(clock.instant()) + ".xlsx";
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		export.write(me, filter, locale, response.getOutputStream());
	}
}
