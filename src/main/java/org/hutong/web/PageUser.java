package org.hutong.web;

/** What the shell shows of the signed-in user: the avatar's initial, the enterprise's name. */
public interface PageUser {

	long userId();

	String displayName();

	String tenantName();
}
