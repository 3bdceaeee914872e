package org.hutong.customers.option;

import java.time.Duration;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.hutong.tenancy.TenantContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The enterprise's option lists as last read, kept in memory: every customer list and page labels its
 * rows with them, and they change a few times a year. A change made on this node is seen at once (the
 * entry is dropped when its transaction commits); another node sees it within {@link #FRESH_FOR}
 * (ADR 0018). Only labelling and filter choices use the copy; checking a submitted code reads the
 * database.
 */
@Component
class OptionLists {

	static final Duration FRESH_FOR = Duration.ofSeconds(30);

	private final CustomerOptionRepository options;

	private final Cache<Long, List<CustomerOption>> byTenant = Caffeine.newBuilder()
		.expireAfterWrite(FRESH_FOR)
		.maximumSize(10_000)
		.build();

	OptionLists(CustomerOptionRepository options) {
		this.options = options;
	}

	/** All options of the current enterprise, by kind then order. Read-only: never change what this answers. */
	List<CustomerOption> all() {
		return byTenant.get(TenantContext.require(), tenant -> List.copyOf(options.findAllByOrderByKindAscSortOrderAscIdAsc()));
	}

	/**
	 * The current enterprise's lists changed in this transaction: forget them once it ends (also on a
	 * rollback, in case the transaction itself read and remembered what it had not committed).
	 */
	void changed() {
		long tenant = TenantContext.require();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					byTenant.invalidate(tenant);
				}
			});
		}
		else {
			byTenant.invalidate(tenant);
		}
	}
}
