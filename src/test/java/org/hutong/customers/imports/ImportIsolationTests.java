package org.hutong.customers.imports;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.hutong.TenantIsolationTestBase;
import org.hutong.TestUsers;
import org.hutong.identity.SignedInUser;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.TenantJdbc;
import org.hutong.transfer.TransferFiles;
import org.hutong.transfer.TransferJob;
import org.hutong.transfer.TransferKind;
import org.hutong.transfer.TransferStatus;
import org.springframework.beans.factory.annotation.Autowired;

/** Import jobs, their refused rows and files, and export jobs and their files stay inside their enterprise. */
class ImportIsolationTests extends TenantIsolationTestBase {

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransferFiles files;

	@Autowired
	TenantJdbc jdbc;

	@Override
	protected List<Isolated> entities() {
		return List.of(
				new Isolated("import job", this::newImport, this::visible, id -> get("/customers/imports/{id}", id),
						id -> get("/api/v1/customers/imports/{id}", id)),
				new Isolated("import error rows", this::newImport, this::visible,
						id -> get("/customers/imports/{id}/errors.xlsx", id),
						id -> get("/api/v1/customers/imports/{id}/errors", id)),
				new Isolated("export job", this::newExport, this::visible, id -> get("/customers/exports/{id}", id), null),
				new Isolated("export file", this::newExport, this::visible, id -> get("/customers/exports/{id}/file", id),
						null));
	}

	private boolean visible(long id) {
		entityManager.clear();
		return entityManager.find(TransferJob.class, id) != null;
	}

	/** An import of demo's admin with a refused row, its upload kept in demo's folder. */
	private long newImport() {
		SignedInUser admin = new TestUsers(userDetails).load("demo", "admin");
		String key = files.store(admin.tenantId(), "客户名称,手机\n隔离测试公司,123\n".getBytes(StandardCharsets.UTF_8));
		TransferJob job = new TransferJob("customers", TransferKind.IMPORT, TransferStatus.UPLOADED, admin.userId(),
				admin.getUsername(), "zh-CN", Instant.now());
		job.source("客户.csv", key, "客户名称\t手机", "NAME,CONTACT_MOBILE", 1, admin.userId());
		entityManager.persist(job);
		entityManager.flush();
		jdbc.sql("""
				INSERT INTO customers_import_error (tenant_id, job_id, row_no, field, message)
				VALUES (:tenantId, :id, 2, 'CONTACT_MOBILE', '请输入 11 位中国大陆手机号')""")
			.param("id", job.getId()).update();
		return job.getId();
	}

	/** A finished export of demo's admin with its file. */
	private long newExport() throws RuntimeException {
		SignedInUser admin = new TestUsers(userDetails).load("demo", "admin");
		String key = files.store(TenantContext.require(), "xlsx bytes".getBytes(StandardCharsets.UTF_8));
		TransferJob job = TransferJob.export("customers", admin.userId(), admin.getUsername(), "zh-CN", Instant.now());
		job.exporting("{}", "客户.xlsx");
		entityManager.persist(job);
		entityManager.flush();
		jdbc.sql("UPDATE customers_transfer_job SET status = 'DONE', result_key = :key WHERE tenant_id = :tenantId AND id = :id")
			.param("key", key).param("id", job.getId()).update();
		return job.getId();
	}
}
