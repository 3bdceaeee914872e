package org.hutong.identity.user;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;
import org.hutong.shared.Pinyin;

/** 员工: a person who signs in. Belongs to one enterprise and one main department. */
@Entity
@Table(name = "identity_user")
public class User {

	/** Consecutive failures that lock the account. */
	public static final int MAX_FAILED_SIGN_INS = 5;

	public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	private String username;

	@Column(name = "password_hash")
	private String passwordHash;

	@Column(name = "display_name")
	private String displayName;

	/** The name's full pinyin and initials, surname read as a surname (曾 → zeng): what the people picker finds. */
	@Column(name = "name_pinyin")
	private String namePinyin;

	@Column(name = "name_initials")
	private String nameInitials;

	private String mobile;

	private String email;

	@Column(name = "department_id")
	private Long departmentId;

	private String position;

	@Enumerated(EnumType.STRING)
	private UserStatus status = UserStatus.ACTIVE;

	private String language;

	@Column(name = "failed_attempts")
	private int failedAttempts;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	/** Set when an administrator chose the password; the user must choose their own before anything else. */
	@Column(name = "must_change_password")
	private boolean mustChangePassword;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "user", cascade = CascadeType.ALL, orphanRemoval = true)
	private Set<RoleAssignment> roles = new LinkedHashSet<>();

	protected User() {
	}

	public User(String username, String passwordHash, Instant now) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.createdAt = now;
		this.updatedAt = now;
	}

	public void describe(String displayName, String mobile, String email, Long departmentId, String position,
			String language, Instant now) {
		this.displayName = displayName;
		spellName();
		this.mobile = mobile;
		this.email = email;
		this.departmentId = departmentId;
		this.position = position;
		this.language = language;
		this.updatedAt = now;
	}

	/** What a user may change of themself on 我的. */
	/** Spells the name for search again; users written before their name was spelled get it at start-up. */
	public void spellName() {
		this.namePinyin = displayName == null ? null : Pinyin.fullOfPerson(displayName);
		this.nameInitials = displayName == null ? null : Pinyin.initialsOfPerson(displayName);
	}

	public void updateContact(String mobile, String email, Instant now) {
		this.mobile = mobile;
		this.email = email;
		this.updatedAt = now;
	}

	public void assignRoles(Set<Long> roleIds) {
		roles.removeIf(assignment -> !roleIds.contains(assignment.getRoleId()));
		Set<Long> held = roleIds();
		roleIds.stream().filter(id -> !held.contains(id)).forEach(id -> roles.add(new RoleAssignment(this, id)));
	}

	/** A new password; whoever chose it, the user no longer has to change it (see {@link #requirePasswordChange}). */
	public void changePassword(String passwordHash, Instant now) {
		this.passwordHash = passwordHash;
		this.failedAttempts = 0;
		this.lockedUntil = null;
		this.mustChangePassword = false;
		this.updatedAt = now;
	}

	/** The password was chosen by an administrator: the user must change it at the next sign-in. */
	public void requirePasswordChange() {
		this.mustChangePassword = true;
	}

	public boolean mustChangePassword() {
		return mustChangePassword;
	}

	public void chooseLanguage(String language, Instant now) {
		this.language = language;
		this.updatedAt = now;
	}

	public void disable(Instant now) {
		this.status = UserStatus.DISABLED;
		this.updatedAt = now;
	}

	public void enable(Instant now) {
		this.status = UserStatus.ACTIVE;
		this.failedAttempts = 0;
		this.lockedUntil = null;
		this.updatedAt = now;
	}

	public boolean isLocked(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	/** Counts a wrong password; answers whether this failure locked the account. */
	public boolean recordFailedSignIn(Instant now) {
		failedAttempts++;
		if (failedAttempts >= MAX_FAILED_SIGN_INS) {
			failedAttempts = 0;
			lockedUntil = now.plus(LOCK_DURATION);
			return true;
		}
		return false;
	}

	public void recordSignIn() {
		failedAttempts = 0;
		lockedUntil = null;
	}

	public Set<Long> roleIds() {
		return roles.stream().map(RoleAssignment::getRoleId).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	public Long getId() {
		return id;
	}

	public Long getTenantId() {
		return tenantId;
	}

	public String getUsername() {
		return username;
	}

	public String getPasswordHash() {
		return passwordHash;
	}

	public String getDisplayName() {
		return displayName;
	}

	public String getMobile() {
		return mobile;
	}

	public String getEmail() {
		return email;
	}

	public Long getDepartmentId() {
		return departmentId;
	}

	public String getPosition() {
		return position;
	}

	public UserStatus getStatus() {
		return status;
	}

	public boolean isActive() {
		return status == UserStatus.ACTIVE;
	}

	public String getLanguage() {
		return language;
	}

	public Instant getLockedUntil() {
		return lockedUntil;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public long getVersion() {
		return version;
	}
}
