import { isSafeHttpUrl } from "./is-safe-http-url";
import { youtubeEmbedUrl, youtubeVideoId } from "./youtube-video-id";

type TVideoEmbedProps = {
  url: string;
  /** What the video is: names the player for screen readers and the link for everyone. */
  title: string;
  caption?: string;
};

/**
 * A YouTube video as a no-cookie player, with a plain link under it so readers without
 * JavaScript (whose browsers will not run the player either) can still watch. Any other video
 * address is a link: we do not embed players we have not vetted.
 */
export function VideoEmbed({ url, title, caption }: TVideoEmbedProps) {
  if (!isSafeHttpUrl(url)) return null;
  const videoId = youtubeVideoId(url);
  if (!videoId) {
    return (
      <figure className="video video--link">
        <p>
          <a href={url} rel="noopener">
            Watch the video: {title}
          </a>
        </p>
        {caption ? <figcaption>{caption}</figcaption> : null}
      </figure>
    );
  }
  return (
    <figure className="video">
      <div className="video__frame">
        <iframe
          src={youtubeEmbedUrl(videoId)}
          title={`Video: ${title}`}
          loading="lazy"
          allow="encrypted-media; picture-in-picture; fullscreen"
          allowFullScreen
          // YouTube's player refuses to play without a referrer (error 153).
          referrerPolicy="strict-origin-when-cross-origin"
        />
      </div>
      <figcaption>
        {caption ? <>{caption} </> : null}
        <a href={`https://www.youtube.com/watch?v=${videoId}`} rel="noopener">
          Watch “{title}” on YouTube
        </a>
      </figcaption>
    </figure>
  );
}
