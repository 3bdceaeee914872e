package org.hutong.projects.project;

/** A member to add, or a member's new role; a user to share the project with, and how far. */
public record MemberForm(Long userId, ProjectRole role, ShareAccess access) {
}
