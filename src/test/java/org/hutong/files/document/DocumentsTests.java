package org.hutong.files.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;

import org.hutong.HutongTest;
import org.hutong.files.FileType;
import org.hutong.files.TestImages;
import org.hutong.files.Upload;
import org.hutong.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.validation.MapBindingResult;

/**
 * The shared documents: versions numbered 1, 2, … newest first, a deleted document hidden (its rows
 * kept), subjects of another kind or id and other enterprises never reached, and files checked by
 * their bytes — a disguised one refused on the caller's field with the caller's key.
 */
@HutongTest
class DocumentsTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	static final Documents.Refusals KEYS = new Documents.Refusals("t.none", "t.tooLarge", "t.forbidden", "t.disguised");

	@Autowired
	Documents documents;

	@Autowired
	JdbcClient jdbc;

	@Test
	void versionsAreNumberedInTurnAndListedNewestFirst() {
		long demo = tenant("demo");
		Subject subject = new Subject("test-subject", 9_000_001);
		DocumentView view = TenantContext.callAs(demo, () -> {
			long id = documents.create(subject, "设计说明书", pdf("说明书.pdf"), "初稿", 7);
			assertThat(documents.addVersion(subject, id, pdf("说明书-2.pdf"), "修订", 8)).isEqualTo(2);
			assertThat(documents.addVersion(subject, id, pdf("说明书-3.pdf"), null, 7)).isEqualTo(3);
			return documents.one(subject, id).orElseThrow();
		});
		assertThat(view.title()).isEqualTo("设计说明书");
		assertThat(view.versions()).extracting(DocumentView.Version::number).containsExactly(3, 2, 1);
		assertThat(view.current().fileName()).isEqualTo("说明书-3.pdf");
		assertThat(view.versions().get(1).note()).isEqualTo("修订");
		assertThat(view.versions().get(1).uploadedBy()).isEqualTo(8);
		assertThat(view.current().inline()).isTrue();
		byte[] bytes = TenantContext.callAs(demo, () -> {
			try {
				return documents.download(subject, view.id(), 1).orElseThrow().content().getContentAsByteArray();
			}
			catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		});
		assertThat(bytes).isEqualTo(PDF);
		assertThat(TenantContext.callAs(demo, () -> documents.download(subject, view.id(), 4))).isEmpty();
	}

	@Test
	void aDeletedDocumentIsHiddenAndItsRowsKept() {
		long demo = tenant("demo");
		Subject subject = new Subject("test-subject", 9_000_002);
		long id = TenantContext.callAs(demo, () -> {
			long kept = documents.create(subject, "保留", pdf("a.pdf"), null, 1);
			long gone = documents.create(subject, "删除", pdf("b.pdf"), null, 1);
			documents.delete(subject, gone, 1);
			assertThat(documents.of(subject)).extracting(DocumentView::id).containsExactly(kept);
			assertThat(documents.download(subject, gone, 1)).isEmpty();
			assertThatThrownBy(() -> documents.addVersion(subject, gone, pdf("c.pdf"), null, 1))
				.isInstanceOf(Documents.NoSuchDocument.class);
			return gone;
		});
		assertThat(jdbc.sql("select count(*) from files_document_version where document_id = :id").param("id", id)
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void anotherSubjectOrEnterpriseNeverReachesTheDocument() {
		Subject subject = new Subject("test-subject", 9_000_003);
		long id = TenantContext.callAs(tenant("demo"), () -> documents.create(subject, "本企业的", pdf("a.pdf"), null, 1));
		TenantContext.runAs(tenant("demo"), () -> {
			assertThat(documents.one(new Subject("other-kind", 9_000_003), id)).isEmpty();
			assertThat(documents.one(new Subject("test-subject", 9_000_004), id)).isEmpty();
			assertThat(documents.of("test-subject", List.of(9_000_003L, 9_000_004L))).containsOnlyKeys(9_000_003L);
		});
		TenantContext.runAs(tenant("demo2"), () -> {
			assertThat(documents.one(subject, id)).isEmpty();
			assertThat(documents.of(subject)).isEmpty();
			assertThat(documents.download(subject, id, 1)).isEmpty();
		});
	}

	@Test
	void aFileIsCheckedByItsBytesAndADisguisedOneRefused() {
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), "form");
		assertThat(documents.check(new MockMultipartFile("file", "方案.pdf", "application/pdf", PDF), "file", KEYS, errors)
			.type()).isEqualTo(FileType.PDF);
		assertThat(documents.check(new MockMultipartFile("file", "方案.pdf", "application/pdf", TestImages.png()), "file",
				KEYS, errors)).isNull();
		assertThat(errors.getFieldError("file").getCode()).isEqualTo("t.disguised");
		assertThat(errors.getFieldError("file").getArguments()).containsExactly("方案.pdf", "PNG");

		errors = new MapBindingResult(new HashMap<>(), "form");
		byte[] program = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0 };
		assertThat(documents.check(new MockMultipartFile("file", "setup.pdf", "application/pdf", program), "upload", KEYS,
				errors)).isNull();
		assertThat(errors.getFieldError("upload").getCode()).isEqualTo("t.forbidden");

		errors = new MapBindingResult(new HashMap<>(), "form");
		assertThat(documents.check(null, "file", KEYS, errors)).isNull();
		assertThat(errors.getFieldError("file").getCode()).isEqualTo("t.none");
	}

	private static Upload pdf(String name) {
		return new Upload(name, FileType.PDF, PDF, null);
	}

	private long tenant(String code) {
		return jdbc.sql("select id from tenancy_tenant where code = :code").param("code", code).query(Long.class).single();
	}
}
