package org.hutong.projects.deliverable;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;

import javax.imageio.ImageIO;

import org.hutong.identity.SignedInUser;
import org.hutong.projects.lifecycle.LifecycleSnapshots;
import org.hutong.projects.lifecycle.Phase;
import org.hutong.projects.lifecycle.PhaseStatus;
import org.hutong.shared.StartupSeed;
import org.hutong.tenancy.Tenants;
import org.hutong.tenancy.TenantContext;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.multipart.MultipartFile;

/**
 * Demo mode: the first demo projects' deliverables of their passed and current phases get one to
 * three versions — small generated PDFs and PNG drawings — uploaded by the project's manager through
 * {@link Deliverables}; a passed phase's are locked as its gate accepted them. Runs only while no
 * deliverable of the enterprise has a version.
 */
@Component
@Order(56)
@ConditionalOnBooleanProperty("hutong.demo")
class DeliverableDemoData implements StartupSeed {

	/** How many of the demo's projects get files. */
	private static final int PROJECTS = 6;

	private final Tenants tenants;

	private final DeliverableRepository deliverables;

	private final Deliverables service;

	private final DeliverableLocks locks;

	private final LifecycleSnapshots lifecycles;

	private final UserDetailsService users;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	DeliverableDemoData(Tenants tenants, DeliverableRepository deliverables, Deliverables service,
			DeliverableLocks locks, LifecycleSnapshots lifecycles, UserDetailsService users,
			TransactionTemplate transactions, JdbcClient jdbc) {
		this.tenants = tenants;
		this.deliverables = deliverables;
		this.service = service;
		this.locks = locks;
		this.lifecycles = lifecycles;
		this.users = users;
		this.transactions = transactions;
		this.jdbc = jdbc;
	}

	@Override
	public void seed() {
		tenants.findByCode("demo").ifPresent(demo -> TenantContext.runAs(demo.getId(),
				() -> transactions.executeWithoutResult(status -> seedOnce(demo.getId()))));
	}

	private void seedOnce(long tenantId) {
		if (deliverables.existsByVersionsGreaterThan(0)) {
			return;
		}
		List<long[]> projects = jdbc.sql("""
				SELECT p.id, u.id FROM projects_project p JOIN identity_user u ON u.id = p.manager_id
				WHERE p.tenant_id = :tenant ORDER BY p.id LIMIT :limit""")
			.param("tenant", tenantId).param("limit", PROJECTS)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).list();
		try {
			int n = 0;
			for (long[] project : projects) {
				SignedInUser manager = signIn(username(project[1]));
				for (Phase phase : lifecycles.phases(project[0])) {
					if (phase.getStatus() == PhaseStatus.PLANNED) {
						continue;
					}
					for (Deliverable d : deliverables.findByProjectIdAndPhaseId(project[0], phase.getId())) {
						int versions = 1 + n++ % 3;
						for (int v = 1; v <= versions; v++) {
							service.upload(manager, d.getId(), new VersionForm(v == 1 ? "初稿" : "按评审意见修订第 " + v + " 版",
									null, file(d, v)), null, new MapBindingResult(new HashMap<>(), "demo"));
						}
					}
					if (phase.getStatus() == PhaseStatus.DONE) {
						locks.lockAccepted(project[0], phase.getId());
					}
				}
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** Every third one a drawing (PNG), the others a document (PDF). */
	private static MultipartFile file(Deliverable d, int version) {
		if (d.getId() % 3 == 0) {
			return new DemoFile(d.getName() + "-v" + version + ".png", "image/png", png(d.getId(), version));
		}
		return new DemoFile(d.getName() + "-v" + version + ".pdf", "application/pdf",
				pdf("Deliverable " + d.getId() + " - version " + version));
	}

	/** A one-page PDF with a line of text, its cross-reference table counted out. */
	static byte[] pdf(String text) {
		String[] objects = { "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
				null, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>" };
		String stream = "BT /F1 18 Tf 72 760 Td (" + text.replaceAll("[()\\\\]", "") + ") Tj ET";
		objects[3] = "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream";
		StringBuilder out = new StringBuilder("%PDF-1.4\n");
		int[] offsets = new int[objects.length];
		for (int i = 0; i < objects.length; i++) {
			offsets[i] = out.length();
			out.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
		}
		int xref = out.length();
		out.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
		for (int offset : offsets) {
			out.append(String.format("%010d 00000 n \n", offset));
		}
		out.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
			.append("\n%%EOF\n");
		return out.toString().getBytes(StandardCharsets.US_ASCII);
	}

	/** A small drawing: a frame and bars, shaded by the version. */
	static byte[] png(long seed, int version) {
		BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 320, 200);
		g.setColor(new Color(30, 90, 160));
		g.drawRect(10, 10, 299, 179);
		for (int i = 0; i < 5; i++) {
			g.fillRect(30 + i * 55, 170 - (int) ((seed * 7 + i * 13 + version * 11) % 120), 35, (int) ((seed * 7 + i * 13 + version * 11) % 120));
		}
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		return out.toByteArray();
	}

	private String username(long userId) {
		return jdbc.sql("SELECT username FROM identity_user WHERE id = :id").param("id", userId).query(String.class).single();
	}

	private SignedInUser signIn(String username) {
		SignedInUser user = (SignedInUser) users.loadUserByUsername(SignedInUser.qualifiedName("demo", username));
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		return user;
	}

	/** A generated file handed to the upload as a browser would. */
	private record DemoFile(String name, String type, byte[] bytes) implements MultipartFile {

		@Override
		public String getName() {
			return "file";
		}

		@Override
		public String getOriginalFilename() {
			return name;
		}

		@Override
		public String getContentType() {
			return type;
		}

		@Override
		public boolean isEmpty() {
			return bytes.length == 0;
		}

		@Override
		public long getSize() {
			return bytes.length;
		}

		@Override
		public byte[] getBytes() {
			return bytes;
		}

		@Override
		public InputStream getInputStream() {
			return new ByteArrayInputStream(bytes);
		}

		@Override
		public void transferTo(File dest) throws IOException {
			Files.write(dest.toPath(), bytes);
		}
	}
}
