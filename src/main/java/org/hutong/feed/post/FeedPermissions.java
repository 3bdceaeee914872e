package org.hutong.feed.post;

import java.util.List;

import org.hutong.identity.PermissionSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions the feed offers to roles; labels are {@code permission.<code>}. */
@Configuration(proxyBeanMethods = false)
public class FeedPermissions {

	public static final String READ = "feed.read";

	public static final String POST = "feed.post";

	/** Remove anyone's posts and comments. */
	public static final String ADMIN = Viewer.ADMIN;

	public static final String MAY_READ = "hasAuthority('feed.read')";

	public static final String MAY_POST = "hasAuthority('feed.post')";

	@Bean
	static PermissionSet feedPermissionSet() {
		// the company feed is for every employee: new roles start with reading and posting
		return new PermissionSet("feed", List.of(READ, POST, ADMIN), List.of(READ, POST));
	}
}
