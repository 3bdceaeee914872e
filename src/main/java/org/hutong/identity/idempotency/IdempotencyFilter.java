package org.hutong.identity.idempotency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hutong.identity.SignedInUser;
import org.hutong.web.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on every {@code POST} under {@code /api/v1} (ADR 0025), and on a page's
 * {@code POST} that sends one (offline.js, for a follow-up written offline). It runs after
 * sign-in, so it knows the enterprise and the caller. The first request with a key does the work
 * and its answer (below 500) is kept; the same key with the same request answers that again,
 * marked {@code Idempotent-Replayed: true}, without doing the work; with another request 422; while
 * the first is still running 409 with {@code Retry-After}. An answer of 500 or more, or a failure,
 * frees the key, since nothing was done that a retry would repeat.
 */
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	static final String REPLAYED = "Idempotent-Replayed";

	private final IdempotentRequests requests;

	private final ApiProblems problems;

	IdempotencyFilter(IdempotentRequests requests, ApiProblems problems) {
		this.requests = requests;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SignedInUser user = signedIn();
		if (user == null) {
			chain.doFilter(request, response);
			return;
		}
		String key = request.getHeader(HEADER);
		if (!isValid(key)) {
			problems.write(request, response, HttpStatus.BAD_REQUEST, "idempotency.key.invalid");
			return;
		}
		Fingerprinted fingerprinted = fingerprint(request);
		if (fingerprinted == null) {
			// too large or malformed to parse: the handler answers it as it would without a key
			chain.doFilter(request, response);
			return;
		}
		String caller = callerOf(request, user);
		IdempotentRequests.Claim claim = requests.claim(user.tenantId(), caller, key, fingerprinted.hash());
		if (claim instanceof IdempotentRequests.Mismatch) {
			problems.write(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency.key.reused");
		}
		else if (claim instanceof IdempotentRequests.InProgress) {
			response.setHeader("Retry-After", "1");
			problems.write(request, response, HttpStatus.CONFLICT, "idempotency.key.inProgress");
		}
		else if (claim instanceof IdempotentRequests.Replay replay) {
			replay(replay.answer(), response);
		}
		else {
			work(fingerprinted.request(), response, chain, user.tenantId(), caller, key);
		}
	}

	/** The request to hand on (its body replayable) and its fingerprint. */
	private record Fingerprinted(HttpServletRequest request, String hash) {
	}

	private static Fingerprinted fingerprint(HttpServletRequest request) throws IOException {
		if (RequestFingerprint.isMultipart(request) || RequestFingerprint.isForm(request)) {
			try {
				return new Fingerprinted(request, RequestFingerprint.ofParts(request));
			}
			catch (IOException | ServletException | IllegalStateException unparsable) {
				return null;
			}
		}
		byte[] body = request.getInputStream().readAllBytes();
		return new Fingerprinted(new BufferedRequest(request, body), RequestFingerprint.of(request, body));
	}

	private void work(HttpServletRequest request, HttpServletResponse response, FilterChain chain, long tenantId,
			String caller, String key) throws IOException, ServletException {
		ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
		boolean kept = false;
		try {
			chain.doFilter(request, answer);
			if (answer.getStatus() < 500) {
				requests.complete(tenantId, caller, key, stored(answer));
				kept = true;
			}
		}
		finally {
			if (!kept) {
				requests.release(tenantId, caller, key);
			}
			answer.copyBodyToResponse();
		}
	}

	private static StoredAnswer stored(ContentCachingResponseWrapper answer) {
		Map<String, String> headers = new LinkedHashMap<>();
		for (String name : StoredAnswer.KEPT_HEADERS) {
			String value = name.equals("Content-Type") ? answer.getContentType() : answer.getHeader(name);
			if (value != null) {
				headers.put(name, value);
			}
		}
		return new StoredAnswer(answer.getStatus(), headers,
				new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8));
	}

	private static void replay(StoredAnswer answer, HttpServletResponse response) throws IOException {
		response.setStatus(answer.status());
		answer.headers().forEach(response::setHeader);
		response.setHeader(REPLAYED, "true");
		byte[] body = answer.body() == null ? new byte[0] : answer.body().getBytes(StandardCharsets.UTF_8);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/** A key is 1 to 255 visible ASCII characters (a UUID, say). */
	private static boolean isValid(String key) {
		return !key.isEmpty() && key.length() <= 255 && key.chars().allMatch(c -> c > 0x20 && c < 0x7f);
	}

	/**
	 * Keys are the caller's own: an API token's (by a hash of its secret, so two tokens of one user
	 * do not share keys) or, for a signed-in page session, the user's.
	 */
	private static String callerOf(HttpServletRequest request, SignedInUser user) {
		String authorization = request.getHeader("Authorization");
		if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return "token:" + RequestFingerprint.sha256(authorization.substring(7).strip());
		}
		return "user:" + user.userId();
	}

	private static SignedInUser signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? user : null;
	}
}
