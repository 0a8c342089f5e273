import type { ServiceMap } from '../service';
import { withConsent } from './notifications/withConsent';
import {
  assignOrder,
  cancelOrder,
  claimOrder,
  confirmOrder,
  disputeOrder,
  finishOrder,
  releaseOrder,
  settleOrder,
  startOrder,
} from './service/orderCommands';
import { findResidents, placeOrderFor } from './service/orderForResident';
import { communityOrders, myClaims, myOrders, order, orderHall } from './service/orderQueries';
import { placeOrder } from './service/placeOrder';
import { addHonourHours, hours } from './service/hours';
import { reportVolunteer, reviewVolunteer, volunteers } from './service/volunteers';
import { cancelActivity, publishActivity } from './service/activityCommands';
import { signInActivity, signOutActivity } from './service/activityAttendance';
import { activities, activity, activityCode, activityRoster } from './service/activityQueries';
import { signUpActivity, withdrawActivity } from './service/activitySignUps';
import { adoptStarterMenu, catalogue, saveServiceItem, saveStation, saveTeam, serviceSetup } from './service/setup';

/** The `service` function's actions (群众点单 · 红色代办 · 双报到), one service per contract action. */
export const serviceServices: ServiceMap<'service'> = {
  catalogue,
  // Placing, claiming and reporting ask WeChat for the 服务进度通知 in the same tap.
  placeOrder: withConsent('service', placeOrder),
  placeOrderFor,
  order,
  myOrders,
  orderHall,
  myClaims,
  communityOrders,
  claimOrder: withConsent('service', claimOrder),
  assignOrder,
  releaseOrder,
  startOrder,
  finishOrder,
  confirmOrder,
  disputeOrder,
  settleOrder,
  cancelOrder,
  reportVolunteer: withConsent('service', reportVolunteer),
  volunteers,
  reviewVolunteer,
  hours,
  addHonourHours,
  serviceSetup,
  saveServiceItem,
  saveTeam,
  saveStation,
  adoptStarterMenu,
  findResidents,
  activities,
  activity,
  publishActivity,
  cancelActivity,
  // Signing up asks for the sign-up news and the reminders, as booking a visit does.
  signUpActivity: withConsent('activity', signUpActivity),
  withdrawActivity,
  activityCode,
  signInActivity,
  signOutActivity,
  activityRoster,
};
