package org.hutong.transfer;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** A spreadsheet sent as a download: its type, its (Chinese) file name for every browser, never cached. */
public final class XlsxDownload {

	public static final String TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private XlsxDownload() {
	}

	public static void prepare(HttpServletResponse response, String fileName) {
		response.setContentType(TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition(fileName));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

	public static String disposition(String fileName) {
		return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
	}
}
