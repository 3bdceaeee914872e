package org.hutong.sales.quote;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hutong.identity.Roles;
import org.hutong.identity.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 折扣权限 per role, an enterprise setting. A user may give the deepest discount any of their roles
 * allows; a role with no limit set allows none, so a new enterprise asks for approval of every
 * discount until its administrator sets the limits.
 */
@Service
@Transactional
public class DiscountLimits {

	private final DiscountLimitRepository limits;

	private final Roles roles;

	DiscountLimits(DiscountLimitRepository limits, Roles roles) {
		this.limits = limits;
		this.roles = roles;
	}

	/** A role and its limit ({@code null} when none is set). */
	public record RoleLimit(long roleId, String roleName, BigDecimal maxDiscount) {
	}

	@Transactional(readOnly = true)
	public BigDecimal of(SignedInUser user) {
		Set<Long> held = user.roles().stream().map(SignedInUser.RoleRef::id).collect(Collectors.toSet());
		return limits.findByRoleIdIn(held).stream().map(DiscountLimit::getMaxDiscount).max(BigDecimal::compareTo)
			.orElse(BigDecimal.ZERO);
	}

	@Transactional(readOnly = true)
	@PreAuthorize(QuotePermissions.MAY_SET)
	public List<RoleLimit> all() {
		List<SignedInUser.RoleRef> all = roles.all();
		Map<Long, BigDecimal> set = limits.findByRoleIdIn(all.stream().map(SignedInUser.RoleRef::id).toList()).stream()
			.collect(Collectors.toMap(DiscountLimit::getRoleId, DiscountLimit::getMaxDiscount));
		return all.stream().map(role -> new RoleLimit(role.id(), role.name(), set.get(role.id()))).toList();
	}

	/** Sets the limits given (role id → percent; {@code null} removes a role's limit); roles not named keep theirs. */
	@PreAuthorize(QuotePermissions.MAY_SET)
	public void set(Map<Long, BigDecimal> wanted) {
		Set<Long> known = roles.all().stream().map(SignedInUser.RoleRef::id).collect(Collectors.toSet());
		new LinkedHashMap<>(wanted).forEach((roleId, max) -> {
			if (!known.contains(roleId)) {
				return;
			}
			var current = limits.findByRoleId(roleId);
			if (max == null) {
				current.ifPresent(limits::delete);
			}
			else if (current.isPresent()) {
				current.get().change(max);
			}
			else {
				limits.save(new DiscountLimit(roleId, max));
			}
		});
	}

	/** For the demo and fixtures: the limit of the role of that name. */
	public void setFor(String roleName, BigDecimal max) {
		roles.all().stream().filter(role -> role.name().equals(roleName)).findFirst()
			.ifPresent(role -> limits.findByRoleId(role.id()).ifPresentOrElse(limit -> limit.change(max),
					() -> limits.save(new DiscountLimit(role.id(), max))));
	}
}
