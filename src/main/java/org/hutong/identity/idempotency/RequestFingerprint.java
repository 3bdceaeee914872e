package org.hutong.identity.idempotency;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;

/**
 * What makes two requests "the same" for an idempotency key: method, path, query, content type and
 * body, as a SHA-256. A JSON (or any other) body is hashed as sent; a multipart body part by part
 * (name, file name, type and content), since the servlet container parses it itself; a form body by
 * its parameters.
 */
final class RequestFingerprint {

	private final MessageDigest digest;

	private RequestFingerprint() {
		try {
			digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	static String sha256(String text) {
		RequestFingerprint fingerprint = new RequestFingerprint();
		fingerprint.add(text);
		return fingerprint.hex();
	}

	/** The fingerprint of a request whose body is {@code body} (already read). */
	static String of(HttpServletRequest request, byte[] body) {
		RequestFingerprint fingerprint = head(request);
		fingerprint.digest.update(body);
		return fingerprint.hex();
	}

	/** The fingerprint of a multipart or form request, read through the container's parsing. */
	static String ofParts(HttpServletRequest request) throws IOException, ServletException {
		RequestFingerprint fingerprint = head(request);
		Map<String, String[]> parameters = new TreeMap<>(request.getParameterMap());
		parameters.forEach((name, values) -> {
			fingerprint.add(name);
			for (String value : values) {
				fingerprint.add(value);
			}
		});
		if (isMultipart(request)) {
			for (Part part : request.getParts()) {
				fingerprint.add(part.getName());
				fingerprint.add(String.valueOf(part.getSubmittedFileName()));
				fingerprint.add(String.valueOf(part.getContentType()));
				try (InputStream content = part.getInputStream()) {
					fingerprint.digest.update(content.readAllBytes());
				}
			}
		}
		return fingerprint.hex();
	}

	static boolean isMultipart(HttpServletRequest request) {
		return request.getContentType() != null && request.getContentType().toLowerCase().startsWith("multipart/");
	}

	static boolean isForm(HttpServletRequest request) {
		return request.getContentType() != null
				&& request.getContentType().toLowerCase().startsWith("application/x-www-form-urlencoded");
	}

	private static RequestFingerprint head(HttpServletRequest request) {
		RequestFingerprint fingerprint = new RequestFingerprint();
		fingerprint.add(request.getMethod());
		fingerprint.add(request.getRequestURI());
		fingerprint.add(String.valueOf(request.getQueryString()));
		fingerprint.add(isMultipart(request) ? "multipart" : String.valueOf(request.getContentType()));
		return fingerprint;
	}

	/** Each value with its length first, so no two sequences of values run together the same. */
	private void add(String value) {
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		digest.update(String.valueOf(bytes.length).getBytes(StandardCharsets.US_ASCII));
		digest.update((byte) ':');
		digest.update(bytes);
	}

	private String hex() {
		return HexFormat.of().formatHex(digest.digest());
	}
}
