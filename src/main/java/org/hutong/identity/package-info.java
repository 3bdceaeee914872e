/**
 * Who may do what: users, departments, roles with permissions and data scopes, sign-in, personal
 * API tokens and the audit log. Aggregates: User, Department, Role, ApiToken, AuditEntry.
 * Its API is {@link org.hutong.identity.SignedInUser}, {@link org.hutong.identity.DataScopes},
 * {@link org.hutong.identity.AuditLog}, {@link org.hutong.identity.AccountStates} (may this user still
 * come in) and {@link org.hutong.identity.SignInFailures} (failed sign-ins counted in the database);
 * other modules contribute permissions as {@link PermissionSet} beans. Sessions and remember-me
 * tokens live in the database (ADR 0019).
 * It does not own any business record.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = { "shared", "tenancy", "web" })
package org.hutong.identity;
