/** The home feed (`home-feed`, a `confluence:homepageFeed` section): what waits for the viewer in Procurement CRM. */
import HomeFeed from '../../features/home/HomeFeed';

export default function HomeFeedView() {
  return <HomeFeed />;
}
