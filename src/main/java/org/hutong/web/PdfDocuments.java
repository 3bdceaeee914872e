package org.hutong.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import org.springframework.stereotype.Component;

/**
 * Documents printed as PDF (报价单 now; contracts next): a JTE template written as XHTML, laid out by
 * openhtmltopdf on PDFBox (ADR 0035) with the fonts shipped in {@code /fonts} — DejaVu Sans for Latin
 * letters and digits, Droid Sans Fallback for Chinese — each embedded as the subset of the glyphs the
 * document uses, so a machine without Chinese fonts shows the text, and a quote weighs tens of kB.
 * Templates name the family {@value #FAMILY}; the fallback between the two is per character.
 */
@Component
public class PdfDocuments {

	/** The font families a document's CSS names, in this order: {@code font-family: "Hutong Latin", "Hutong CJK"}. */
	public static final String FAMILY = "Hutong Latin, Hutong CJK";

	private record Font(String resource, String family, int weight) {
	}

	private static final List<Font> FONTS = List.of(new Font("/fonts/DejaVuSans.ttf", "Hutong Latin", 400),
			new Font("/fonts/DejaVuSans-Bold.ttf", "Hutong Latin", 700),
			new Font("/fonts/DroidSansFallback.ttf", "Hutong CJK", 400));

	private final TemplateEngine templates;

	/** The fonts' bytes, read once: every document parses them again, but never reads the jar for them. */
	private final List<byte[]> fontBytes;

	PdfDocuments(TemplateEngine templates) {
		this.templates = templates;
		this.fontBytes = FONTS.stream().map(PdfDocuments::read).toList();
	}

	/** The template rendered with its parameters, as PDF bytes. */
	public byte[] render(String template, java.util.Map<String, Object> params) {
		StringOutput html = new StringOutput();
		templates.render(template, params, html);
		return pdf(html.toString());
	}

	/** XHTML as PDF bytes. */
	public byte[] pdf(String xhtml) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		for (int i = 0; i < FONTS.size(); i++) {
			byte[] bytes = fontBytes.get(i);
			Font font = FONTS.get(i);
			builder.useFont(() -> new ByteArrayInputStream(bytes), font.family(), font.weight(), FontStyle.NORMAL, true);
		}
		builder.withHtmlContent(xhtml, null);
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		return out.toByteArray();
	}

	private static byte[] read(Font font) {
		try (InputStream in = PdfDocuments.class.getResourceAsStream(font.resource())) {
			if (in == null) {
				throw new IllegalStateException("font missing from the application: " + font.resource());
			}
			return in.readAllBytes();
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}
}
