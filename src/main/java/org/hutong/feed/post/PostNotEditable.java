package org.hutong.feed.post;

/** The post may no longer be changed: its edit window has passed, or the user is not its author. */
public class PostNotEditable extends RuntimeException {

	public PostNotEditable() {
		super("post not editable", null, false, false);
	}
}
