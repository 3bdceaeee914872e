package org.hutong.sales.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.ThreadLocalRandom;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.files.TestImages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** 产品 pages: the demo catalogue, search and category filters, the form's refusals by field, editing, the recycle bin. */
@HutongTest
class ProductPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void theCatalogueListsTheDemoProductsFiltersByWordAndCategoryTreeAndShowsOne() throws Exception {
		assertThat(html(get("/sales/products"), "sales")).contains("KYN28A-12 铠装移开式中置柜").contains("¥68,000.00 / 面")
			.contains("共 ").doesNotContain("新建产品");
		assertThat(html(get("/sales/products").param("q", "环网"), "sales")).contains("XGN15-12").contains("SRM-12")
			.doesNotContain("KYN28A-12 铠装");
		assertThat(html(get("/sales/products").param("q", "kyn28"), "sales")).as("a code's start, any case")
			.contains("KYN28A-12-1250").contains("KYN28A-12-3150").doesNotContain("XGN15-12");
		String switchgear = html(get("/sales/products"), "sales").replaceAll("(?s).*<option value=\"(\\d+)\"[^>]*>开关柜</option>.*", "$1");
		assertThat(html(get("/sales/products").param("category", switchgear), "sales")).as("开关柜 and everything below it")
			.contains("KYN28A-12-1250").contains("XGN15-12").contains("GCS-0.4").doesNotContain("SCB13-1000");
		assertThat(html(get("/sales/products").param("q", "没有这种产品"), "sales")).contains("没有符合条件的产品");
		String list = html(get("/sales/products").param("q", "SCB13-1000"), "sales");
		String id = list.replaceAll("(?s).*href=\"/sales/products/(\\d+)\".*", "$1");
		assertThat(html(get("/sales/products/{id}", id), "sales")).contains("SCB13-1000/10 环氧树脂浇注干式变压器")
			.contains("¥148,000.00").contains("含税 ¥167,240.00（税率 13 %）").contains("额定容量").contains("1000 kVA")
			.contains("变压器 › 干式变压器");
	}

	@Test
	void aRefusedFormAnswers422WithEveryMessageByItsFieldAndSavesNothing() throws Exception {
		String page = mvc.perform(product("bad code", "缺单位的产品").param("unit", "吨位").param("listPrice", "-1.005")
			.param("taxRate", "150").param("parameters[0].name", "额定电压".repeat(8))
			.param("parameters[0].value", "12 kV").with(as("manager")))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("编码只能包含字母、数字").contains("价格不能为负数").contains("税率须在 0 到 100 之间")
			.contains("参数名最多 30 个字").contains("value=\"缺单位的产品\"");
		String taken = mvc.perform(product("KYN28A-12-1250", "重复编码").param("unit", "面").param("listPrice", "1")
			.with(as("manager"))).andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(taken).contains("这个编码已被其他产品使用");
		String unit = mvc.perform(product(code(), "单位不在列表").param("unit", "吨位").param("listPrice", "1")
			.with(as("manager"))).andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(unit).contains("请从本企业的单位列表中选择");
		mvc.perform(product(code(), "销售代表不能建").param("unit", "台").param("listPrice", "1").with(as("sales")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theKeeperCreatesEditsDeletesAndRestoresAProduct() throws Exception {
		String code = code();
		String location = mvc.perform(product(code, "ZW32-24 户外真空断路器").param("unit", "台").param("listPrice", "26800")
			.param("spec", "ZW32-24/630-20").param("parameters[0].name", "额定电压").param("parameters[0].value", "24 kV")
			.param("parameters[1].name", "").param("parameters[1].value", "").with(as("manager")))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(html(get(location), "manager")).contains(code).contains("¥26,800.00")
			.contains("24 kV").contains("在售");
		String edit = html(get(location + "/edit"), "manager");
		assertThat(edit).contains("value=\"24 kV\"").contains("name=\"version\" value=\"0\"");
		mvc.perform(post(location).with(csrf()).param("code", code).param("name", "ZW32-24 户外真空断路器")
			.param("unit", "台").param("listPrice", "25800").param("status", "DISCONTINUED").param("version", "0")
			.with(as("manager"))).andExpect(status().is3xxRedirection());
		assertThat(html(get(location), "manager")).contains("¥25,800.00").contains("停售");
		String stale = mvc.perform(post(location).with(csrf()).param("code", code).param("name", "旧版本的修改")
			.param("unit", "台").param("listPrice", "1").param("version", "0").with(as("manager")))
			.andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
		assertThat(stale).contains("这个产品刚被别人修改过");
		mvc.perform(post(location + "/delete").with(csrf()).with(as("manager"))).andExpect(status().is3xxRedirection());
		String link = "href=\"" + location + "\"";
		assertThat(html(get("/sales/products").param("q", code), "manager")).doesNotContain(link).contains("没有符合条件的产品");
		assertThat(html(get("/sales/products").param("q", code).param("deleted", "true"), "manager")).contains(link);
		assertThat(html(get(location), "manager")).contains("已删除").contains("恢复");
		mvc.perform(post(location + "/restore").with(csrf()).with(as("manager"))).andExpect(status().is3xxRedirection());
		assertThat(html(get("/sales/products").param("q", code), "manager")).contains(link);
	}

	@Test
	void theKeeperKeepsTheCategoryTreeAndTheUnitListOnTheSettingsPage() throws Exception {
		String page = html(get("/sales/products/settings"), "manager");
		assertThat(page).contains("开关柜").contains("千伏安").contains("中置柜");
		String unit = "U" + ThreadLocalRandom.current().nextInt(100_000);
		mvc.perform(post("/sales/products/units").with(csrf()).param("name", unit).with(as("manager")))
			.andExpect(status().is3xxRedirection());
		assertThat(html(get("/sales/products/new"), "manager")).contains("<option value=\"" + unit + "\"");
		String twice = mvc.perform(post("/sales/products/units").with(csrf()).param("name", unit).with(as("manager")))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(twice).contains("已有这个单位");
		String category = "分类" + ThreadLocalRandom.current().nextInt(100_000);
		mvc.perform(post("/sales/products/categories").with(csrf()).param("name", category).with(as("manager")))
			.andExpect(status().is3xxRedirection());
		assertThat(html(get("/sales/products/settings"), "manager")).contains("value=\"" + category + "\"");
		String full = mvc.perform(post("/sales/products/categories").with(csrf()).param("name", "").with(as("manager")))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(full).contains("必填");
		mvc.perform(get("/sales/products/settings").with(as("sales"))).andExpect(status().isForbidden());
	}

	@Test
	void theKeeperAddsAndRemovesPhotosWhichEveryReaderSees() throws Exception {
		String location = mvc.perform(product(code(), "带图片的产品").param("unit", "台").param("listPrice", "100")
			.with(as("manager"))).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(multipart(location + "/photos").file(new MockMultipartFile("photos", "柜体.png", "image/png",
				TestImages.png())).with(csrf()).with(as("manager"))).andExpect(status().is3xxRedirection());
		String page = html(get(location), "sales");
		String photo = page.replaceAll("(?s).*<a href=\"(/sales/products/photos/\\d+)\".*", "$1");
		assertThat(photo).startsWith("/sales/products/photos/");
		assertThat(page).contains(photo + "?thumbnail=true").doesNotContain("product-photo-upload");
		mvc.perform(get(photo).with(as("sales"))).andExpect(status().isOk())
			.andExpect(content().contentType("image/png"));
		String refused = mvc.perform(multipart(location + "/photos").file(new MockMultipartFile("photos", "说明.txt",
				"text/plain", "不是图片".getBytes(java.nio.charset.StandardCharsets.UTF_8))).with(csrf()).with(as("manager")))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("不是 JPEG、PNG 或 WebP 图片");
		mvc.perform(multipart(location + "/photos").file(new MockMultipartFile("photos", "b.png", "image/png",
				TestImages.png())).with(csrf()).with(as("sales"))).andExpect(status().isForbidden());
		String id = photo.substring(photo.lastIndexOf('/') + 1);
		mvc.perform(post(location + "/photos/" + id + "/delete").with(csrf()).with(as("manager")))
			.andExpect(status().is3xxRedirection());
		assertThat(html(get(location), "manager")).doesNotContain(photo).contains("还没有图片");
		mvc.perform(get(photo).with(as("sales"))).andExpect(status().isNotFound());
	}

	private static String code() {
		return "T-" + ThreadLocalRandom.current().nextInt(1_000_000_000);
	}

	private MockHttpServletRequestBuilder product(String code, String name) {
		return post("/sales/products").with(csrf()).param("code", code).param("name", name);
	}

	private String html(MockHttpServletRequestBuilder request, String username) throws Exception {
		return mvc.perform(request.with(as(username))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private RequestPostProcessor as(String username) {
		return new TestUsers(userDetails).as("demo", username);
	}
}
