package org.hutong.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Bytes on disk under keys we make, per enterprise; gone again when their transaction does not commit. */
class FileStoreTests {

	@TempDir
	Path dir;

	@AfterEach
	void endTransaction() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.clearSynchronization();
		}
	}

	@Test
	void storesUnderTheTenantsFolderWithARandomName() throws Exception {
		FileStore store = new FileStore(dir);
		String key = store.store(7, bytes("报价单"));
		assertThat(key).matches("7/[0-9a-f]{32}");
		assertThat(store.store(7, bytes("报价单"))).isNotEqualTo(key);
		assertThat(Files.readString(dir.resolve(key))).isEqualTo("报价单");
		assertThat(store.open(key).getContentAsString(StandardCharsets.UTF_8)).isEqualTo("报价单");
		store.discard(key);
		assertThat(dir.resolve(key)).doesNotExist();
		store.discard(key);
	}

	@Test
	void aFileMadeBitByBitIsWrittenUnderANewKey() throws Exception {
		FileStore store = new FileStore(dir);
		String key = store.newKey(7);
		try (OutputStream out = store.write(key)) {
			out.write(bytes("客户名称,"));
			out.write(bytes("手机"));
		}
		assertThat(key).matches("7/[0-9a-f]{32}");
		assertThat(store.open(key).getContentAsString(StandardCharsets.UTF_8)).isEqualTo("客户名称,手机");
		assertThatIllegalArgumentException().isThrownBy(() -> store.write("7/../../x"));
	}

	@Test
	void resolvesNoKeyItDidNotMake() {
		FileStore store = new FileStore(dir);
		for (String key : new String[] { "../x", "7/../../etc/passwd", "/etc/passwd", "7/报价.pdf", "7", "",
				"x/0123456789abcdef0123456789abcdef", "7/0123456789ABCDEF0123456789ABCDEF" }) {
			assertThatIllegalArgumentException().as(key).isThrownBy(() -> store.open(key));
			assertThatIllegalArgumentException().as(key).isThrownBy(() -> store.discard(key));
		}
		assertThatIllegalArgumentException().isThrownBy(() -> store.open(null));
	}

	@Test
	void aFileIsDiscardedWhenItsTransactionRollsBackAndKeptWhenItCommits() {
		FileStore store = new FileStore(dir);
		TransactionSynchronizationManager.initSynchronization();
		String rolledBack = store.store(7, bytes("a"));
		complete(TransactionSynchronization.STATUS_ROLLED_BACK);
		assertThat(dir.resolve(rolledBack)).doesNotExist();

		TransactionSynchronizationManager.initSynchronization();
		String committed = store.store(7, bytes("b"));
		complete(TransactionSynchronization.STATUS_COMMITTED);
		assertThat(dir.resolve(committed)).exists();

		String outside = store.store(7, bytes("c"));
		assertThat(dir.resolve(outside)).as("without a transaction nothing is undone").exists();
	}

	/** What the transaction manager does at the end of a transaction. */
	private static void complete(int status) {
		var synchronizations = TransactionSynchronizationManager.getSynchronizations();
		TransactionSynchronizationManager.clearSynchronization();
		synchronizations.forEach(synchronization -> synchronization.afterCompletion(status));
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
