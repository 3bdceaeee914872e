/**
 * 导入 and 导出 for every module that has them (customers, products): background transfer jobs that
 * one node at a time works on, under a claim and a heartbeat, and that survive restarts
 * ({@link org.hutong.transfer.TransferRunner}, ADR 0014); uploads read as tables from .xlsx or .csv in
 * UTF-8 or GBK ({@link org.hutong.transfer.TransferUploads}); columns mapped to a subject's fields
 * ({@link org.hutong.transfer.ColumnMapping}); passes in chunks with row errors and tallies
 * ({@link org.hutong.transfer.ImportPasses}); the 错误行 file and streamed export sheets. A module
 * brings its fields, its row checks and writes ({@link org.hutong.transfer.TransferWork}) and its
 * permissions. Knows no business record; emits no events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Transfer",
		allowedDependencies = { "shared", "tenancy", "identity", "web", "files" })
package org.hutong.transfer;
