/** The supplier register (`suppliers-page`, a `confluence:globalPage`): the register feature, on its own page. */
import SuppliersRegister from '../../features/suppliers/SuppliersRegister';

export default function SuppliersPageView() {
  return <SuppliersRegister />;
}
