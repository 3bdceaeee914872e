/**
 * Uploaded pictures made safe to keep: decoded, written again without metadata (GPS position,
 * camera, comments), turned upright, and a thumbnail made. One cleaner, {@link org.hutong.images.ImageCleaning},
 * for every module that stores images (the feed, follow-up attachments). Holds no data and no
 * beans; it neither stores nor serves files, which stays with the module that owns them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Images")
package org.hutong.images;
