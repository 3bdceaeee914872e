package org.hutong.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.assertj.core.api.Assertions;
import org.hutong.HutongTest;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.files.TestImages;
import org.hutong.identity.token.ApiTokens;
import org.hutong.sales.contract.Quotes;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 合同附件 and the signed receipt on a phone (375×812): on a contract in effect 王芳 uploads the
 * scanned contract, then the stamped scan as its second version — the first folds into the history
 * — and records the arrival of a delivery with the photo of the signed receipt, which shows as a
 * thumbnail on the delivery. Nothing is wider than the phone. Screenshots {@code phone-attachments-*.png}.
 */
@HutongTest
@Tag("browser")
class ContractAttachmentJourneyTests extends PhoneJourney {

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Tenants tenants;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	CustomerRepository customers;

	@Autowired
	ContactRepository contacts;

	@Test
	void theScanGetsAVersionAndTheArrivalItsSignedReceipt() throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		Quotes quotes = new Quotes(mvc, new CustomerFixtures(tenants, transactions, userDetails, customers, contacts),
				userDetails, tokens);
		long contract = quotes.effectiveContract("sales", today.minusDays(5));
		long line = ((Number) JsonPath.read(quotes.body(MockMvcRequestBuilders.get("/api/v1/contracts/" + contract
				+ "/fulfilment"), "sales"), "$.lines[0].contractLineId")).longValue();
		quotes.body(MockMvcRequestBuilders.post("/api/v1/contracts/" + contract + "/deliveries")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"shippedOn\": \"%s\", \"lines\": [{\"contractLineId\": %d, \"quantity\": 3}]}".formatted(today, line)),
				"sales");

		Page sales = signIn("sales");
		sales.navigate(url("/sales/contracts/" + contract));
		Locator attachments = sales.locator("#attachments");
		attachments.locator(".document-new summary").tap();
		sales.fill("#attachment-form input[name=title]", "合同扫描件");
		sales.locator("#attachment-form input[name=file]").setInputFiles(new FilePayload("扫描件.pdf", "application/pdf", PDF));
		sales.fill("#attachment-form input[name=note]", "双方签字页");
		Assertions.assertThat((Boolean) sales.evaluate("document.documentElement.scrollWidth <= 375")).isTrue();
		screenshot(sales, "phone-attachments-1-upload");
		sales.locator("#attachment-form button[type=submit]").tap();
		assertThat(sales.locator(".alert-ok")).containsText("附件已上传");
		assertThat(attachments).containsText("合同扫描件");

		Locator document = attachments.locator(".contract-documents > li").first();
		document.locator(".document-new-version summary").tap();
		document.locator("input[name=file]").setInputFiles(new FilePayload("扫描件-盖章版.pdf", "application/pdf", PDF));
		document.locator("input[name=note]").fill("补盖公章");
		document.locator(".document-new-version button[type=submit]").tap();
		assertThat(sales.locator(".alert-ok")).containsText("新版本已上传");
		document = sales.locator("#attachments .contract-documents > li").first();
		assertThat(document.locator(".primary .badge")).hasText("第 2 版");
		document.locator(".document-history summary").tap();
		assertThat(document.locator(".document-history")).containsText("扫描件.pdf");
		Assertions.assertThat((Boolean) sales.evaluate("document.documentElement.scrollWidth <= 375")).isTrue();
		document.scrollIntoViewIfNeeded();
		screenshot(sales, "phone-attachments-2-versions");

		Locator arrival = sales.locator(".arrival-form").first();
		arrival.locator("input[name=arrivedOn]").fill(today.toString());
		arrival.locator("input[name=photo]").setInputFiles(new FilePayload("签收单.jpg", "image/jpeg",
				TestImages.jpegWithExif(1200, 900)));
		arrival.locator("button").tap();
		assertThat(sales.locator(".alert-ok")).containsText("到货已登记");
		Locator thumbnail = sales.locator("#fulfilment .delivery-photo img");
		assertThat(thumbnail).isVisible();
		// the thumbnail loads after the page: wait for it, then check it is the 480 px rendition, not the original
		sales.waitForFunction("() => { const img = document.querySelector('#fulfilment .delivery-photo img');"
				+ " return img && img.complete && img.naturalWidth > 0; }");
		Assertions.assertThat(((Number) thumbnail.evaluate("img => img.naturalWidth")).intValue()).isEqualTo(480);
		Assertions.assertThat((Boolean) sales.evaluate("document.documentElement.scrollWidth <= 375")).isTrue();
		thumbnail.scrollIntoViewIfNeeded();
		screenshot(sales, "phone-attachments-3-signed-receipt");
	}
}
