package org.hutong.web.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The installable, offline-capable app: the service worker at {@code /sw.js} (scope {@code /}) and
 * the 离线 page it shows for a page that cannot be loaded. The worker's text carries a version, a hash
 * of itself and of the static CSS and JavaScript, so every node of a cluster serves the same worker
 * and a release with other assets replaces the phones' cached app shell.
 */
@Controller
class OfflineController {

	private static final String WORKER = "classpath:/web/sw.js";

	private static final String ASSETS = "classpath*:/static/**/*";

	private final String worker;

	OfflineController() {
		this.worker = versioned(new PathMatchingResourcePatternResolver());
	}

	@GetMapping("/sw.js")
	@ResponseBody
	ResponseEntity<String> serviceWorker() {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "javascript", StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noCache())
			.header("Service-Worker-Allowed", "/")
			.body(worker);
	}

	/**
	 * What a phone shows, from the worker's cache, for a page it cannot load offline. Its CSRF token
	 * is written only into a session that is there already: the worker fetches this page while the
	 * sign-in page is open, and a fetch still carrying the id that the sign-in replaced would
	 * otherwise start a new session, whose cookie, arriving last, signs the browser out.
	 */
	@GetMapping("/offline")
	String offline(HttpServletRequest request, Model model) {
		model.addAttribute("csrf", request.getSession(false) != null);
		return "web/offline";
	}

	static String versioned(PathMatchingResourcePatternResolver resources) {
		try {
			String text = read(resources.getResource(WORKER));
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(text.getBytes(StandardCharsets.UTF_8));
			Resource[] assets = Arrays.stream(resources.getResources(ASSETS))
				.filter(OfflineController::isShellFile)
				.sorted(Comparator.comparing(OfflineController::name))
				.toArray(Resource[]::new);
			for (Resource asset : assets) {
				digest.update(name(asset).getBytes(StandardCharsets.UTF_8));
				try (InputStream in = asset.getInputStream()) {
					digest.update(in.readAllBytes());
				}
			}
			String version = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
			return text.replace("__VERSION__", version);
		}
		catch (IOException missing) {
			throw new UncheckedIOException(missing);
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private static boolean isShellFile(Resource resource) {
		String file = resource.getFilename();
		return file != null && resource.isReadable()
				&& (file.endsWith(".css") || file.endsWith(".js") || file.endsWith(".webmanifest"));
	}

	private static String read(Resource resource) throws IOException {
		try (InputStream in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String name(Resource resource) {
		try {
			String url = resource.getURL().toString();
			int at = url.indexOf("/static/");
			return at < 0 ? url : url.substring(at);
		}
		catch (IOException unnamed) {
			return String.valueOf(resource.getFilename());
		}
	}
}
