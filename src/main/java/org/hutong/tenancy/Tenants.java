package org.hutong.tenancy;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The facade other modules use to find, create and switch enterprises on and off. */
@Service
@Transactional(readOnly = true)
public class Tenants {

	private final TenantRepository tenants;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Tenants(TenantRepository tenants, Clock clock, ApplicationEventPublisher events) {
		this.tenants = tenants;
		this.clock = clock;
		this.events = events;
	}

	public Optional<Tenant> findByCode(String code) {
		return code == null ? Optional.empty() : tenants.findByCode(code.strip().toLowerCase());
	}

	public Optional<Tenant> findById(long id) {
		return tenants.findById(id);
	}

	public List<Tenant> all() {
		return tenants.findAllByOrderByCreatedAtAscIdAsc();
	}

	public boolean isEmpty() {
		return tenants.count() == 0;
	}

	@Transactional
	public Tenant create(String code, String name) {
		if (tenants.existsByCode(code)) {
			throw new TenantCodeTaken(code);
		}
		return tenants.save(new Tenant(code, name, clock.instant()));
	}

	/**
	 * Removes an enterprise whose setting up failed, so no half-made enterprise stays behind. Only an
	 * empty one can go: any row that belongs to it makes the delete fail.
	 */
	@Transactional
	public void discard(long id) {
		tenants.deleteById(id);
		tenants.flush();
	}

	@Transactional
	public void suspend(long id) {
		tenants.findById(id).ifPresent(Tenant::suspend);
		events.publishEvent(new EnterpriseStatusChanged(id));
	}

	@Transactional
	public void resume(long id) {
		tenants.findById(id).ifPresent(Tenant::resume);
		events.publishEvent(new EnterpriseStatusChanged(id));
	}
}
