package org.hutong.sales.product;

import java.io.IOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.hutong.transfer.XlsxDownload;
import org.hutong.web.EnterpriseZone;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * 导出: {@code GET /sales/products/export.xlsx?<the list's filters>} streams the catalogue as the list
 * shows it, in the import's columns, to whoever may read the catalogue (its list prices are what
 * every seller sees anyway). A catalogue is hundreds to a few thousand lines, written in the request
 * rather than as a background job.
 */
@Controller
class ProductExportController {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")
		.withZone(EnterpriseZone.DEFAULT);

	private final ProductSheets sheets;

	private final MessageSource messages;

	private final Clock clock;

	ProductExportController(ProductSheets sheets, MessageSource messages, Clock clock) {
		this.sheets = sheets;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/sales/products/export.xlsx")
	@PreAuthorize(ProductPermissions.MAY_READ)
	void export(@Valid @ModelAttribute ProductFilter filter, Locale locale, HttpServletResponse response)
			throws IOException {
		String stem = messages.getMessage("product.export.fileStem", null, locale);
		XlsxDownload.prepare(response, stem + "-" + STAMP.format(clock.instant()) + ".xlsx");
		sheets.export(filter, locale, response.getOutputStream());
	}
}
