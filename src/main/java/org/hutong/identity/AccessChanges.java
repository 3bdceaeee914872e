package org.hutong.identity;

import java.time.Duration;

import org.hutong.tenancy.EnterpriseStatusChanged;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Drops what this node remembers about who may come in (account states, principals of API tokens)
 * when that changes here: a user disabled, enabled, locked out or given other roles, a role's
 * permissions changed, an enterprise suspended. Inside a transaction the copies go when it ends
 * (on commit, and on rollback too, in case a read saw the uncommitted change), so no request of this
 * node sees the old answer afterwards. Other nodes learn nothing from here: their copies expire
 * within {@link #MEMORY} (ADR 0027).
 */
@Component
public class AccessChanges {

	/** How long any node keeps an answer about access without asking the database again. */
	public static final Duration MEMORY = Duration.ofSeconds(3);

	/** A node-local copy of access answers that can be told what changed. */
	public interface Memory {

		void forgetUser(long tenantId, long userId);

		void forgetEnterprise(long tenantId);
	}

	// looked up when needed: the memories themselves depend on beans that report changes here
	private final ObjectProvider<Memory> memories;

	AccessChanges(ObjectProvider<Memory> memories) {
		this.memories = memories;
	}

	/** The user's status, lockout or roles changed. */
	public void userChanged(long tenantId, long userId) {
		whenDone(() -> memories.forEach(memory -> memory.forgetUser(tenantId, userId)));
	}

	/** Something every user of the enterprise may depend on changed: its status, a role's permissions. */
	public void enterpriseChanged(long tenantId) {
		whenDone(() -> memories.forEach(memory -> memory.forgetEnterprise(tenantId)));
	}

	@EventListener
	void on(EnterpriseStatusChanged event) {
		enterpriseChanged(event.tenantId());
	}

	/** Runs the forgetting when the current transaction ends, or now when there is none. */
	public static void whenDone(Runnable forget) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			forget.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCompletion(int status) {
				forget.run();
			}
		});
	}
}
