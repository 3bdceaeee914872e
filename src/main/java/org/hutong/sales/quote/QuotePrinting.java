package org.hutong.sales.quote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hutong.identity.SignedInUser;
import org.hutong.web.EnterpriseZone;
import org.hutong.web.PageTools;
import org.hutong.web.PdfDocuments;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A quote as PDF on the enterprise's letterhead, in the reader's language, named by its number and
 * version ({@code BJ-20261205-0001-V2.pdf}); for the page's 下载 PDF and the API alike.
 */
@Component
class QuotePrinting {

	private final QuoteDetails details;

	private final Letterheads letterheads;

	private final PdfDocuments pdf;

	private final MessageSource messages;

	private final Clock clock;

	QuotePrinting(QuoteDetails details, Letterheads letterheads, PdfDocuments pdf, MessageSource messages, Clock clock) {
		this.details = details;
		this.letterheads = letterheads;
		this.pdf = pdf;
		this.messages = messages;
		this.clock = clock;
	}

	void write(SignedInUser me, long id, HttpServletRequest request, HttpServletResponse response) throws IOException {
		QuoteView quote = details.one(me, id);
		Map<String, Object> params = new HashMap<>();
		params.put("ui", new PageTools(messages, request, response, RequestContextUtils.getLocale(request),
				EnterpriseZone.DEFAULT, clock.instant(), params));
		params.put("quote", quote);
		params.put("letterhead", letterheads.printed());
		byte[] bytes = pdf.render("sales/quote/pdf.jte", params);
		String name = quote.row().number() + "-V" + quote.row().revision() + ".pdf";
		response.setContentType("application/pdf");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}
}
