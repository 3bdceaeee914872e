package org.hutong.feed.image;

/** A photo with EXIF for tests in other packages. */
public final class FeedImageTestsAccess {

	private FeedImageTestsAccess() {
	}

	public static byte[] jpeg() throws Exception {
		return FeedImageTests.jpegWithExif(40, 30);
	}
}
