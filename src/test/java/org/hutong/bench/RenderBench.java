package org.hutong.bench;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.PrintWriterOutput;
import gg.jte.resolve.DirectoryCodeResolver;

import org.hutong.HutongApplication;
import org.hutong.TestUsers;
import org.hutong.customers.customer.CustomerPage;
import org.hutong.shared.Total;
import org.hutong.customers.customer.CustomerView;
import org.hutong.customers.export.CustomerExportLinks;
import org.hutong.feed.post.FeedStream;
import org.hutong.feed.post.PostView;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.webmvc.test.autoconfigure.SpringBootMockMvcBuilderCustomizer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.DefaultMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Rendering cost of a page in Thymeleaf and in JTE, from one model (ADR 0030). Starts the application
 * on the in-memory demo data, requests the page once as the demo admin to get the controller's model
 * and request, widens the model to {@value #ROWS} rows or posts, then renders it through the
 * Thymeleaf view and through the JTE port under {@code src/test/jte}, alternately, and prints the CPU
 * time of the rendering thread per render. Both write into a servlet response, as a request does.
 * <p>
 * Options: {@code --rounds N} (default 5), {@code --renders N} per engine and round (default 400),
 * {@code --out DIR} where both pages' HTML is written for comparison (default the build directory).
 */
public final class RenderBench {

	static final int ROWS = 20;

	private static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private RenderBench() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		int rounds = Integer.parseInt(options.getOrDefault("rounds", "5"));
		int renders = Integer.parseInt(options.getOrDefault("renders", "400"));
		Path out = Path.of(options.getOrDefault("out", System.getProperty("hutong.build.dir", "target")));
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(HutongApplication.class).profiles("test")
			.properties("server.port=0", "logging.level.root=warn")
			.run()) {
			RenderBench bench = new RenderBench();
			// the application's filters (tenant, security…) as @AutoConfigureMockMvc adds them
			DefaultMockMvcBuilder builder = MockMvcBuilders.webAppContextSetup((WebApplicationContext) app)
				.apply(SecurityMockMvcConfigurers.springSecurity());
			new SpringBootMockMvcBuilderCustomizer((WebApplicationContext) app).customize(builder);
			MockMvc mvc = builder.build();
			List<Page> pages = List.of(bench.customerList(app, mvc), bench.feed(app, mvc));
			TemplateEngine jte = TemplateEngine.create(new DirectoryCodeResolver(Path.of("src/test/jte")),
					out.resolve("jte-classes"), ContentType.Html, RenderBench.class.getClassLoader());
			ThymeleafViewResolver thymeleaf = app.getBean(ThymeleafViewResolver.class);
			MessageSource messages = app.getBean(MessageSource.class);
			CustomerExportLinks exportLinks = app.getBean(CustomerExportLinks.class);
			for (Page page : pages) {
				page.measure(thymeleaf.resolveViewName(page.view, LOCALE), jte, messages, exportLinks, rounds, renders, out);
			}
		}
	}

	/** The customer list of the demo admin's team, widened to twenty rows. */
	private Page customerList(ConfigurableApplicationContext app, MockMvc mvc) throws Exception {
		Page page = Page.request(app, mvc, "customers/customer/list", "/customers?scope=TEAM");
		CustomerPage shown = (CustomerPage) page.model.get("page");
		List<CustomerView> rows = new ArrayList<>();
		for (int i = 0; i < ROWS; i++) {
			CustomerView row = shown.rows().get(i % shown.rows().size());
			rows.add(new CustomerView(row.id() + 1000L * i, row.name() + i, row.shortName(), row.creditCode(),
					row.level(), row.levelLabel(), row.industry(), row.industryLabel(), row.source(), row.sourceLabel(),
					row.status(), row.province(), row.city(), row.county(), row.region(), row.address(), row.phone(),
					row.website(), row.remarks(), row.ownerId(), row.ownerName(), row.lastFollowUpAt(),
					row.nextFollowUpOn(), row.createdAt(), row.updatedAt(), row.version()));
		}
		page.model.put("page", new CustomerPage(rows, Total.estimate(3_456, 1_001), shown.next() == null ? page.filterAfter() : shown.next()));
		return page;
	}

	/** The feed as the demo admin sees it, widened to twenty posts. */
	private Page feed(ConfigurableApplicationContext app, MockMvc mvc) throws Exception {
		Page page = Page.request(app, mvc, "feed/post/list", "/feed");
		FeedStream.Page shown = (FeedStream.Page) page.model.get("page");
		List<PostView> posts = new ArrayList<>();
		for (int i = 0; i < ROWS; i++) {
			PostView p = shown.posts().get(i % shown.posts().size());
			posts.add(new PostView(p.id() + 1000L * i, p.authorId(), p.authorName(), p.system(), p.text(), p.html(),
					p.audience(), p.subject(), p.subjectLink(), p.images(), p.files(), p.likeCount() + i,
					p.commentCount(), i % 3 == 0, p.mayEdit(), p.mayDelete(), p.createdAt(), p.editedAt(), p.report()));
		}
		page.model.put("page", new FeedStream.Page(posts, posts.get(ROWS - 1).id()));
		return page;
	}

	/** One page's model and the request it was made for. */
	private static final class Page {

		final String view;

		final Map<String, Object> model;

		final MockHttpServletRequest request;

		final Authentication auth;

		private Page(String view, Map<String, Object> model, MockHttpServletRequest request, Authentication auth) {
			this.view = view;
			this.model = model;
			this.request = request;
			this.auth = auth;
		}

		static Page request(ConfigurableApplicationContext app, MockMvc mvc, String view, String uri) throws Exception {
			TestUsers users = new TestUsers(app.getBean(UserDetailsService.class));
			MvcResult result = mvc.perform(get(uri).with(users.as("demo", "admin"))).andReturn();
			if (result.getResponse().getStatus() != 200 || !view.equals(result.getModelAndView().getViewName())) {
				throw new IllegalStateException(uri + " answered " + result.getResponse().getStatus());
			}
			Authentication auth = (Authentication) result.getRequest().getUserPrincipal();
			return new Page(view, new HashMap<>(result.getModelAndView().getModel()), result.getRequest(), auth);
		}

		/** A filter whose "load more" link has every parameter, as the widened list has a next page. */
		org.hutong.customers.customer.CustomerFilter filterAfter() {
			var f = (org.hutong.customers.customer.CustomerFilter) model.get("filter");
			return new org.hutong.customers.customer.CustomerFilter(f.scope(), f.q(), f.level(), f.industry(), f.status(),
					f.province(), f.sort(), "bmV4dA", f.city(), f.idleDays(), f.createdFrom(), f.createdTo());
		}

		void measure(View thymeleaf, TemplateEngine jte, MessageSource messages, CustomerExportLinks exportLinks,
				int rounds, int renders, Path out) throws Exception {
			SecurityContextHolder.getContext().setAuthentication(auth);
			String template = view + ".jte";
			Renderer viaThymeleaf = response -> thymeleaf.render(new HashMap<>(model), request, response);
			Renderer viaJte = response -> {
				Map<String, Object> params = new HashMap<>(model);
				params.put("ui", new PageTools(messages, request, LOCALE, ZONE));
				params.put("exportLinks", exportLinks);
				params.put("formErrors", model.get(BindingResult.MODEL_KEY_PREFIX + "form"));
				// as the starter's JteView does
				response.setContentType("text/html");
				response.setCharacterEncoding("UTF-8");
				jte.render(template, params, new PrintWriterOutput(response.getWriter()));
			};
			String name = view.replace('/', '-');
			write(out.resolve("render-" + name + "-thymeleaf.html"), viaThymeleaf);
			write(out.resolve("render-" + name + "-jte.html"), viaJte);
			double[] thymeleafMs = new double[rounds];
			double[] jteMs = new double[rounds];
			for (int round = 0; round < rounds; round++) {
				// alternate which engine goes first, so neither always runs on a warmer machine
				if (round % 2 == 0) {
					thymeleafMs[round] = cpuMsPerRender(viaThymeleaf, renders);
					jteMs[round] = cpuMsPerRender(viaJte, renders);
				}
				else {
					jteMs[round] = cpuMsPerRender(viaJte, renders);
					thymeleafMs[round] = cpuMsPerRender(viaThymeleaf, renders);
				}
				System.out.printf(Locale.ROOT, "%s round %d: thymeleaf %.3f ms, jte %.3f ms CPU per render%n", view,
						round + 1, thymeleafMs[round], jteMs[round]);
			}
			// the first round warms both up (JIT); the figure is the median of the others
			double t = median(Arrays.copyOfRange(thymeleafMs, 1, rounds));
			double j = median(Arrays.copyOfRange(jteMs, 1, rounds));
			System.out.printf(Locale.ROOT, "RESULT %s: thymeleaf %.3f ms, jte %.3f ms CPU per render, thymeleaf/jte %.1f×%n",
					view, t, j, t / j);
		}

		private static void write(Path file, Renderer renderer) throws Exception {
			MockHttpServletResponse response = new MockHttpServletResponse();
			renderer.render(response);
			Files.createDirectories(file.getParent());
			Files.writeString(file, response.getContentAsString());
		}
	}

	private static double cpuMsPerRender(Renderer renderer, int renders) throws Exception {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long start = threads.getCurrentThreadCpuTime();
		for (int i = 0; i < renders; i++) {
			MockHttpServletResponse response = new MockHttpServletResponse();
			renderer.render(response);
			if (response.getContentAsByteArray().length == 0) {
				throw new IllegalStateException("empty render");
			}
		}
		return (threads.getCurrentThreadCpuTime() - start) / 1e6 / renders;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int mid = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		return options;
	}

	@FunctionalInterface
	private interface Renderer {

		void render(MockHttpServletResponse response) throws Exception;
	}
}
