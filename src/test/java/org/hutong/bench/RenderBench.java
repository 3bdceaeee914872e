package org.hutong.bench;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hutong.HutongApplication;
import org.hutong.TestUsers;
import org.hutong.customers.customer.CustomerPage;
import org.hutong.shared.Total;
import org.hutong.customers.customer.CustomerView;
import org.hutong.feed.post.FeedStream;
import org.hutong.feed.post.PostView;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.webmvc.test.autoconfigure.SpringBootMockMvcBuilderCustomizer;
import org.springframework.context.ConfigurableApplicationContext;
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
import org.springframework.web.context.WebApplicationContext;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.view.ContentNegotiatingViewResolver;

/**
 * Rendering cost of a page as the application serves it (ADR 0030). Starts the application on the
 * in-memory demo data, requests the page once as the demo admin to get the controller's model and
 * request, widens the model to {@value #ROWS} rows or posts, then renders it through the view the
 * application resolves for it, as many times as asked, and prints the CPU time of the rendering
 * thread per render. To compare two engines or two versions of a template, run it on both commits
 * ({@code bench/render.sh} on each); the whole-request cost is {@code bench/ab.sh}'s.
 * <p>
 * Options: {@code --rounds N} (default 5), {@code --renders N} per round (default 400),
 * {@code --out DIR} where each page's HTML is written (default the build directory).
 */
public final class RenderBench {

	static final int ROWS = 20;

	private static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;

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
			List<ViewResolver> resolvers = new ArrayList<>(app.getBeansOfType(ViewResolver.class).values());
			AnnotationAwareOrderComparator.sort(resolvers);
			for (Page page : pages) {
				page.measure(resolve(resolvers, page.view), rounds, renders, out);
			}
		}
	}

	private static View resolve(List<ViewResolver> resolvers, String name) throws Exception {
		for (ViewResolver resolver : resolvers) {
			View view = resolver instanceof ContentNegotiatingViewResolver ? null : resolver.resolveViewName(name, LOCALE);
			if (view != null) {
				return view;
			}
		}
		throw new IllegalStateException("no view for " + name);
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
					f.province(), f.sort(), "bmV4dA", f.city(), f.idleDays(), f.createdFrom(), f.createdTo(), f.owner(),
					f.dept());
		}

		void measure(View view, int rounds, int renders, Path out) throws Exception {
			SecurityContextHolder.getContext().setAuthentication(auth);
			Renderer render = response -> view.render(new HashMap<>(model), request, response);
			String name = this.view.replace('/', '-');
			write(out.resolve("render-" + name + ".html"), render);
			double[] ms = new double[rounds];
			for (int round = 0; round < rounds; round++) {
				ms[round] = cpuMsPerRender(render, renders);
				System.out.printf(Locale.ROOT, "%s round %d: %.3f ms CPU per render%n", this.view, round + 1, ms[round]);
			}
			// the first round warms up (JIT); the figure is the median of the others
			System.out.printf(Locale.ROOT, "RESULT %s (%s): %.3f ms CPU per render%n", this.view,
					view.getClass().getSimpleName(), median(Arrays.copyOfRange(ms, 1, rounds)));
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
