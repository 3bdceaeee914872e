package org.hutong.feed.image;

/**
 * An image or file as pages and the API show it: the name as uploaded (shown escaped), its links.
 *
 * @param url the file itself, for whoever may see its post
 * @param thumbnailUrl the small version of an image ({@code url} again when none was made)
 */
public record FileView(long id, boolean image, String fileName, long size, String url, String thumbnailUrl) {

	static FileView of(PostFile file) {
		String url = "/feed/files/" + file.getId();
		return new FileView(file.getId(), file.isImage(), file.getFileName(), file.getSize(), url,
				file.getThumbKey() == null ? url : url + "/thumbnail");
	}
}
