package org.hutong.feed.post;

import org.hutong.identity.OrgChart;
import org.hutong.identity.SignedInUser;
import org.springframework.stereotype.Component;

/** Makes the {@link Viewer} of a signed-in user. */
@Component
public class Viewers {

	private final OrgChart org;

	Viewers(OrgChart org) {
		this.org = org;
	}

	public Viewer of(SignedInUser user) {
		return new Viewer(user, org.selfAndAbove(user.departmentId()));
	}
}
