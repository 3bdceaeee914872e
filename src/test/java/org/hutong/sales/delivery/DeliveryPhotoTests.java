package org.hutong.sales.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import javax.imageio.ImageIO;

import com.jayway.jsonpath.JsonPath;
import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.files.ImageCleaning;
import org.hutong.files.TestImages;
import org.hutong.identity.token.ApiTokens;
import org.hutong.sales.contract.Quotes;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The signed receipt's photo on 到货: recorded with the arrival on the page, it is kept without its
 * EXIF (the GPS position gone) with a thumbnail, shown on the delivery and served to whoever may open
 * the contract; a PDF as the photo is refused next to the field and the arrival not recorded. A
 * delivery that arrived without one gets it later through the API, but none before it arrived.
 */
@HutongTest
class DeliveryPhotoTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Tenants tenants;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	CustomerRepository customers;

	@Autowired
	ContactRepository contacts;

	@Test
	void theArrivalsPhotoIsKeptCleanedAndShownOnTheDelivery() throws Exception {
		LocalDate today = LocalDate.now(SHANGHAI);
		long contract = quotes().effectiveContract("sales", today.minusDays(10));
		String base = "/sales/contracts/" + contract;
		long cabinets = ((Number) JsonPath.read(quotes().body(get("/api/v1/contracts/" + contract + "/fulfilment"), "sales"),
				"$.lines[0].contractLineId")).longValue();
		long first = ship(contract, today.minusDays(5), cabinets, 2);
		long second = ship(contract, today.minusDays(4), cabinets, 1);
		assertThat(html(base + "/fulfilment")).contains("name=\"photo\" accept=\"image/*\" capture=\"environment\"")
			.contains("enctype=\"multipart/form-data\"");

		mvc.perform(multipart(base + "/deliveries/" + first + "/arrival")
			.file(new MockMultipartFile("photo", "签收单.jpg", "image/jpeg", TestImages.jpegWithExif(800, 400)))
			.param("arrivedOn", today.minusDays(2).toString()).param("note", "刘工签收").with(csrf()).with(as("sales")))
			.andExpect(status().is3xxRedirection());
		String section = html(base + "/fulfilment");
		assertThat(section).contains(base + "/deliveries/" + first + "/photo/thumbnail")
			.contains("href=\"" + base + "/deliveries/" + first + "/photo\"");

		byte[] photo = mvc.perform(get(base + "/deliveries/" + first + "/photo").with(as("sales")))
			.andExpect(status().isOk()).andExpect(content().contentType("image/jpeg"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff")).andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(photo, StandardCharsets.ISO_8859_1)).as("EXIF stripped").doesNotContain(TestImages.GPS);
		assertThat(image(photo).getWidth()).isEqualTo(800);
		byte[] thumbnail = mvc.perform(get(base + "/deliveries/" + first + "/photo/thumbnail").with(as("sales")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(image(thumbnail).getWidth()).isEqualTo(ImageCleaning.THUMB);
		mvc.perform(get(base + "/deliveries/" + first + "/photo").with(as("sales2"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/contracts/" + contract + "/deliveries/" + first + "/photo")
			.header("Authorization", quotes().token("manager"))).andExpect(status().isOk())
			.andExpect(content().bytes(photo));

		String refused = mvc.perform(multipart(base + "/deliveries/" + second + "/arrival")
			.file(new MockMultipartFile("photo", "签收单.pdf", "application/pdf", "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII)))
			.param("arrivedOn", today.minusDays(1).toString()).with(csrf()).with(as("sales")))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("签收单.pdf 不是可用的照片");
		String fulfilment = quotes().body(get("/api/v1/contracts/" + contract + "/fulfilment"), "sales");
		assertThat(JsonPath.<Object>read(fulfilment, "$.deliveries[1].arrivedOn")).as("nothing recorded").isNull();
		assertThat(JsonPath.<Boolean>read(fulfilment, "$.deliveries[0].photo")).isTrue();
		assertThat(JsonPath.<Boolean>read(fulfilment, "$.deliveries[1].photo")).isFalse();
	}

	@Test
	void aPhotoIsAddedToAnArrivedDeliveryLater() throws Exception {
		LocalDate today = LocalDate.now(SHANGHAI);
		long contract = quotes().effectiveContract("sales", today.minusDays(10));
		long cabinets = ((Number) JsonPath.read(quotes().body(get("/api/v1/contracts/" + contract + "/fulfilment"), "sales"),
				"$.lines[0].contractLineId")).longValue();
		long delivery = ship(contract, today.minusDays(5), cabinets, 3);
		String photoUrl = "/api/v1/contracts/" + contract + "/deliveries/" + delivery + "/photo";
		MockMultipartFile png = new MockMultipartFile("photo", "签收单.png", "image/png", TestImages.png());

		mvc.perform(multipart(photoUrl).file(png).header("Authorization", quotes().token("sales")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("登记到货")));
		mvc.perform(post("/api/v1/contracts/" + contract + "/deliveries/" + delivery + "/arrival")
			.header("Authorization", quotes().token("sales")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"arrivedOn\": \"%s\"}".formatted(today.minusDays(1)))).andExpect(status().isOk())
			.andExpect(jsonPath("$.deliveries[0].photo").value(false));
		assertThat(html("/sales/contracts/" + contract + "/fulfilment")).contains("补传签收单照片");

		mvc.perform(multipart(photoUrl).file(new MockMultipartFile("photo", "setup.png", "image/png", new byte[] { 'M', 'Z', 0 }))
			.header("Authorization", quotes().token("sales"))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.photo").exists());
		mvc.perform(multipart(photoUrl).file(png).header("Authorization", quotes().token("sales")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.deliveries[0].photo").value(true));
		mvc.perform(get(photoUrl).header("Authorization", quotes().token("sales"))).andExpect(status().isOk())
			.andExpect(content().contentType("image/png"));
		mvc.perform(multipart(photoUrl).file(png).header("Authorization", quotes().token("sales2")))
			.andExpect(status().isNotFound());
	}

	private long ship(long contract, LocalDate day, long line, int quantity) throws Exception {
		String shipped = quotes().body(post("/api/v1/contracts/" + contract + "/deliveries")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"shippedOn\": \"%s\", \"lines\": [{\"contractLineId\": %d, \"quantity\": %d}]}".formatted(day, line,
					quantity)), "sales");
		java.util.List<Integer> ids = JsonPath.read(shipped, "$.deliveries[*].id");
		return ids.get(ids.size() - 1);
	}

	private static BufferedImage image(byte[] bytes) throws Exception {
		return ImageIO.read(new ByteArrayInputStream(bytes));
	}

	private String html(String url) throws Exception {
		return mvc.perform(get(url).with(as("sales"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		return new TestUsers(userDetails).as("demo", username);
	}

	private Quotes quotes() {
		return new Quotes(mvc, new CustomerFixtures(tenants, transactions, userDetails, customers, contacts), userDetails,
				tokens);
	}
}
